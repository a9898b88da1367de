/* Generated from the API's OpenAPI document by `npm run api-types -w @enlace/web`. Do not edit. */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description Does not look at PostgreSQL, Redis or Meilisearch (see `/health/ready`): a restart would not bring them back.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: PostgreSQL, Redis and Meilisearch answer
         * @description Each dependency with its status and latency; 503 problem+json with `Retry-After`, naming each dependency that is down, when one does not answer.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What taxonomies exist */
        get: operations["listTaxonomies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/sdg-goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 17 Sustainable Development Goals */
        get: operations["listSdgGoals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/sdg-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 169 SDG targets (texts in English and Spanish) */
        get: operations["listSdgTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sectors (SIDICSS classification) */
        get: operations["listSectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/sector-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sector areas */
        get: operations["listSectorAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/modalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cooperation modalities */
        get: operations["listModalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/cooperation-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bilateral, triangular, regional */
        get: operations["listCooperationTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/delivery-formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** In person, virtual, hybrid */
        get: operations["listDeliveryFormats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/institution-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kinds of institution */
        get: operations["listInstitutionTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ISO 3166-1 countries with their groupings and UN categories */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/country-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OAS, SELA, SEGIB, CARICOM, SICA, MERCOSUR, CAN, LDC, SIDS, LLDC */
        get: operations["listCountryGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/taxonomies/subregions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subregions (Americas split as the secretariat uses them, UN M49 elsewhere) */
        get: operations["listSubregions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List offers and demands, newest first
         * @description Anonymous callers see published listings without contacts; officers and focal points also see their own country's listings in every status. `review=pending` lists what waits for review: listings pending review, and published listings of the caller's country (every country for staff) with a pending revision.
         */
        get: operations["listListings"];
        put?: never;
        /** Create a listing (as a draft) */
        post: operations["createListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a listing */
        get: operations["getListing"];
        put?: never;
        post?: never;
        /** Delete a never-published draft (admins: any listing); others are closed instead */
        delete: operations["deleteListing"];
        options?: never;
        head?: never;
        /**
         * Change a listing's content; null clears an optional field
         * @description A focal point of the listing's country or staff change it at once (200). An agency officer's change to a published listing waits for review instead: the answer is 202 with the listing as published, unchanged, and the change in `pendingRevision`; a focal point publishes it (`/publish`) or sends it back (`/send-back`). A second change updates that same revision.
         */
        patch: operations["updateListing"];
        trace?: never;
    };
    "/v1/listings/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status history of a listing
         * @description Status changes (`kind: status`); for the listing's country and staff also its revisions (`kind: revision`, `to`: pending, published, sent_back or withdrawn, with the reason).
         */
        get: operations["getListingHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for review by the country's focal point */
        post: operations["submitListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish (focal point of the country, or staff); on a published listing, publish its pending revision */
        post: operations["publishListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send back to the author with a reason (focal point of the country, or staff); on a published listing, its pending revision */
        post: operations["sendBackListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a listing: it is no longer offered or needed */
        post: operations["closeListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a published listing is still current, optionally with a later validUntil
         * @description What renewal campaigns ask owners to do. Writers of the listing's country, or staff.
         */
        post: operations["confirmListing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/translation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A listing's title and description, machine-translated into the reader's language
         * @description Apertium, offline; through Spanish where no direct pair exists. Marked as machine translated: the original is the reference. Kept per listing and language until the text changes. 409 (`same_language`) when the listing is already written in that language: there is nothing to translate, and the listing itself is the text. 503 with Retry-After when the translator cannot answer in time.
         */
        get: operations["translateListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Institutions that offer or ask for cooperation
         * @description Anonymous callers see institutions with a published listing or a validated expert; officers and focal points also their own country's others; the secretariat every institution.
         */
        get: operations["listInstitutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an institution's name, acronym or type (staff, or an officer or focal point of its country)
         * @description The only way an institution changes: writing a listing or registering an expert never alters an existing one. `null` clears the acronym or the type. The change is audited, and the institution's listings and validated experts are re-indexed for search.
         */
        patch: operations["updateInstitution"];
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imports, newest first: everyone’s for staff and admins, my own for others
         * @description A page at a time (`limit`, `cursor`: the previous page’s `nextCursor`); `status` keeps only some (comma-separated: queued, running, completed, failed). Each import with who started it, where it stands and its counts; its line errors are in `GET /v1/imports/{id}`.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Import listings in the interchange format (JSON Lines) or as CSV
         * @description `application/x-ndjson`: one listing per line in the interchange format. `text/csv` (UTF-8): a header naming exactly the columns the CSV export writes (`GET /v1/exports/listings?format=csv`), in any order, then one listing per record; an empty cell is an absent field, list columns are separated by `;`, and a cell the export protected against formula injection (a leading `'` before = + - @) gets its text back. A wrong header is a 400 naming the column.
         *
         *     At most 50000 lines. Processing is asynchronous: poll the returned import. Good lines are committed, bad lines reported with line, field, code and reason (in CSV, lines are records as a spreadsheet numbers its rows: the header is line 1, and fields are the columns). Re-importing a (kind, externalId) updates that listing. One import per person at a time: while one is queued or running, another answers 409.
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and per-line errors of an import */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export listings (interchange JSON Lines or CSV)
         * @description Same filters as GET /v1/listings. Contacts are included only where the caller may see them. In CSV, a cell that would start with = + - @, a tab or a carriage return starts with a single quote instead, so that spreadsheets show it as text and never run it (and a cell that starts with quotes before one of those gets one more); POST /v1/imports reads such a file back as it was.
         */
        get: operations["exportListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over offers and demands, with filters and facet counts
         * @description Typo-tolerant search in the four languages. The words are looked for as typed and, translated into Spanish (the pivot every listing is also indexed in), in listings written in any of the four languages; `qLanguage` (default: Accept-Language) says which language they are in. Anonymous callers see published listings only, never contacts; officers and focal points also their own country's listings; the secretariat every status.
         */
        get: operations["searchListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best matches of a listing: offers for a demand, demands for an offer
         * @description Only eligible listings: the other kind, another country, published and within their dates, and open to the country when an offer is restricted; never a pair people declined or dismissed. For staff and the people of the two countries, each item names its match (`id`, `stage`) for the follow-up at /v1/matches/{id}; anonymous callers and other countries get the suggestion without them. Reasons are written in the reader's language (`lang`, else the signed-in person's language, else Accept-Language). A published demand also gets `experts`: its best validated experts of other countries (`expertsLimit`, 5 by default; more at /v1/listings/{id}/experts), as the worker ranked them when the demand or the expert last changed. Anonymous callers asking the same question within `MATCHES_CACHE_SECONDS` (10 s by default) share one answer; people signed in read the current one.
         */
        get: operations["listListingMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A demand's candidate experts, best first, a page at a time
         * @description Validated experts of other countries who could help with a published demand, as the worker ranked them: the profile's text read across languages first, shared SDG targets, sectors and goals as support, and a common working language. Reasons are in the reader's language. Other listings have none. Page with `cursor` (the previous page's `nextCursor`).
         */
        get: operations["listDemandExperts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Matches to follow up, most recently moved first
         * @description Staff see every match; officers and focal points see the matches of their country, on either side. Filter by `stage` (comma list), `country` (either side), `listingId` (either side) or `sector` (of either listing); page with `limit` and `cursor` (the `nextCursor` of the previous page). Reasons are worded in the reader's language.
         */
        get: operations["listMatches"];
        put?: never;
        /**
         * Propose a match by hand (staff)
         * @description Both listings must be published, an offer and a demand of different countries. A pair the ranking already suggested is marked as proposed (201 when the pair is new, 200 when it existed).
         */
        post: operations["proposeMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every stage at a glance: how many matches each holds, and its latest
         * @description Staff see every match; officers and focal points see the matches of their country, on either side. The same filters as the list (`country`, `listingId`, `sector`); `perStage` of each stage's most recently moved matches (5 by default), every stage in order, empty ones included. Reasons are worded in the reader's language.
         */
        get: operations["getMatchBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A match's follow-up record and history
         * @description Staff see every match; officers and focal points see the matches of their country, on either side.
         */
        get: operations["getMatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Express your country's interest, with a message (officer or focal point of either side)
         * @description From suggested or interested. The match becomes interested, and mutual once both sides are.
         */
        post: operations["expressMatchInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline the match, with a reason (either side, or staff)
         * @description From suggested, interested, mutual or agreed.
         */
        post: operations["declineMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss the match as not relevant (focal point of either side, or staff)
         * @description From suggested or interested. The pair is not suggested again; the ranking keeps it as feedback.
         */
        post: operations["dismissMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/agree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the agreement: modality, dates, who does what (staff, or a focal point of either side)
         * @description From mutual. Staff: the match is agreed. A focal point records or confirms the terms for its side; a change of terms withdraws the other side's confirmation; the match is agreed once both focal points confirmed the same terms (`confirmations`).
         */
        post: operations["agreeMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The agreed cooperation has begun (staff, or a focal point of either side) */
        post: operations["startMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The cooperation is over: its outcome and lessons learned (staff, or a focal point of either side) */
        post: operations["completeMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/cooperation-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A match's cooperation record (staff and the two countries)
         * @description What SEGIB's SIDICSS records of a cooperation: instrument (programme, project, action), cooperation type (bilateral; triangular with a first provider, a second provider and recipients; regional), approval, start and end dates, and each participant country's role, executing institution, budgeted and executed cost with its ISO 4217 currency. Captured when the match is agreed (Enlace's defaults unless the agreement sends `cooperationRecord`) and when it is completed.
         */
        get: operations["getCooperationRecord"];
        /**
         * Correct a match's cooperation record (staff, or a focal point of either side)
         * @description Kept from the agreement on; both countries of the match take part. See getCooperationRecord.
         */
        put: operations["putCooperationRecord"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperation-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cooperation records of a period, for SIDICSS (JSON)
         * @description Filters: `from`/`to` (on the approval date, or the day it was recorded without one), `country` (a participant), `instrument`, `cooperationType`. Staff export every record; officers and focal points those their country takes part in. Each record carries the match's stage and completion, the agreed modality, and the sector, SDG goal and target codes of both listings.
         */
        get: operations["exportCooperationRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cooperation-records.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cooperation records of a period, for SIDICSS (CSV, a row per participant)
         * @description Columns: matchId, instrument, cooperationType, approvedOn, startsOn, endsOn, stage, completedAt, modality, sectors, sdgGoals, sdgTargets, title, country, role, executingInstitution, budgetedCost, executedCost, currency; lists joined with ";". Same filters and scope as exportCooperationRecords.
         */
        get: operations["exportCooperationRecordsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Success stories, newest first (published ones for everyone)
         * @description Filters: `country` (either side), `sector`, `sdgGoal` (of either listing). With `status` other than published: the stories of the caller's country (every one for staff). With `lang`, a story written in another language comes with its machine translation (`translation`, marked `machineTranslated`); the original is the reference. Kept per story, language and version.
         */
        get: operations["listStories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One success story
         * @description Published stories are public; the others are read by their two countries and staff. A story is published only when the focal points of both countries have approved its current version; an edit asks for their consent again. `actions` lists what the caller may do now (edit, submit, approve, withdraw). With `lang`, a story written in another language comes with its machine translation (`translation`, marked `machineTranslated`); the original is the reference. Kept per story, language and version.
         */
        get: operations["getStory"];
        /**
         * Change a story (its two countries, and staff)
         * @description A submitted or published story goes back to both focal points for approval; a withdrawn one becomes a draft again.
         */
        put: operations["editStory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/matches/{id}/story": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A match's success story, if one was drafted */
        get: operations["getStoryOfMatch"];
        put?: never;
        /**
         * Draft the success story of a completed match (an officer or focal point of either side)
         * @description One story per cooperation (409 `story_exists` names it). A story is published only when the focal points of both countries have approved its current version; an edit asks for their consent again. `actions` lists what the caller may do now (edit, submit, approve, withdraw).
         */
        post: operations["draftStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft to both countries' focal points */
        post: operations["submitStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent to a story's current version, for your country (a focal point of either side)
         * @description Recorded with the version, the person and the time. With both countries’ consent the story is published.
         */
        post: operations["approveStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stories/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a story from approval or publication, saying why (a focal point of either side, or staff) */
        post: operations["withdrawStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import experts from JSON Lines or CSV (staff)
         * @description `application/x-ndjson`: one registration per line (the body of POST /v1/experts without campaignId), plus `externalId`. `text/csv` (UTF-8): a header naming some of the columns externalId, name, country, institutionName, institutionAcronym, institutionType, sectors, sdgTargets, sdgGoals, workingLanguages, availability, profile, language, contactName, contactEmail (name, country, profile and language at least), lists separated by `;`.
         *
         *     At most 5000 lines, processed at once. Imported experts are validated. Good lines are written; bad lines are reported with line, field (the column, in CSV), code and reason, and written nowhere. Re-importing an externalId updates that expert.
         */
        post: operations["importExperts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the expert roster, with filters and facet counts
         * @description Without `status` (or with `status=validated`), a typo-tolerant search of validated experts in the four languages (the search index, which holds no contact). With `status=pending` or `rejected`, or `revision=pending` (experts whose own change waits for review), the roster as PostgreSQL holds it, newest first: the experts of the caller's own country (all countries for the secretariat); `q` then matches name and profile as substrings.
         */
        get: operations["searchExperts"];
        put?: never;
        /**
         * Register an expert (no account needed); they wait for validation
         * @description Anyone may put an expert forward. The expert is `pending` until a focal point of their country or the secretariat validates them; only then are they public and searchable. The contact is never public: only the expert's country and the secretariat see it.
         */
        post: operations["registerExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an expert */
        get: operations["getExpert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct an expert's registration (focal point of their country, staff, or the expert with their link)
         * @description Any field but the country; lists replace the stored ones. The reviewers' corrections take effect at once and a validated expert stays validated. The expert's own change to a validated (or paused) profile waits for review as `revision`, and the validated text stays public until a focal point or staff publish it; a change back to the published values takes the revision back. The index and the suggestions follow the text that is in effect. Withdrawn and deactivated experts are kept as they were (409).
         */
        patch: operations["editExpert"];
        trace?: never;
    };
    "/v1/experts/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a pending expert (focal point of their country, or staff) */
        post: operations["validateExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending expert with a reason (focal point of their country, or staff) */
        post: operations["rejectExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for the link to manage an expert registration, sent to its contact address
         * @description Anyone may ask; the answer is the same whether or not a registration gives the address, so that the roster's contacts stay private. Each registration with that contact address (pending, validated, rejected or paused) gets an email with a link that works for 72 hours: its token, sent as `Authorization: ExpertLink <token>`, opens that registration and nothing else. The link stops working when the registration's address changes.
         */
        post: operations["requestExpertLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registration an expert's link opens, with its contact and any change waiting for review */
        get: operations["getOwnExpert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a validated expert: off the public roster and suggestions until resumed (focal point of their country, staff, or the expert with their link) */
        post: operations["pauseExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused expert: public and suggested again (focal point of their country, staff, or the expert with their link) */
        post: operations["resumeExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an expert from the roster, at their request (focal point of their country, staff, or the expert with their link) */
        post: operations["withdrawExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resubmit a rejected expert, once corrected, for review by their country (focal point of their country, staff, or the expert with their link) */
        post: operations["resubmitExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an expert, with a reason (focal point of their country, staff) */
        post: operations["deactivateExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase an expert's personal data, at their request (focal point of their country, staff, or the expert with their link)
         * @description The registration goes (name, contact, profile), and with it the expert's document in the search index and every stored suggestion; the name is blanked in the messages that quoted it and reasons written about them are dropped from the audit log. An audit record without personal data remains.
         */
        post: operations["eraseExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/revision/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an expert's own change to their validated profile: it replaces the public text (focal point of their country, or staff) */
        post: operations["publishExpertRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/revision/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an expert's own change back, saying why: the validated profile stays as it is (focal point of their country, or staff) */
        post: operations["sendBackExpertRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; returns a session token */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the token this request was made with */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name or the language Enlace writes to me in */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password; my other sessions and tokens stop working
         * @description The current password is checked like a sign-in, with the same delays after failures (429 with Retry-After). A wrong one is a 400 naming `currentPassword` (`wrong_password`). The session this request is made with stays signed in.
         */
        post: operations["changeMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My live sessions and personal API tokens, newest first (secrets are never shown again) */
        get: operations["listMyTokens"];
        put?: never;
        /**
         * Create a personal API token for a program; the secret is shown once
         * @description It expires after `days` (90 when left out, at most 365).
         */
        post: operations["createMyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my sessions or tokens (another person's is not found) */
        delete: operations["revokeMyToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People with an account (staff and admins)
         * @description By email, a page at a time (`limit`, `cursor`: the previous page’s `nextCursor`). Each person with `lastSignInAt` (their last password sign-in, null if never) and `deactivatedAt`. Filters: `signedIn=never|ever`, `state=active|deactivated`, `role` and `id` (comma-separated, at most 100 ids).
         */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (admins: any role; staff: officers and focal points) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account: the person can no longer sign in, and their sessions and tokens stop working at once
         * @description Staff deactivate agency officers and focal points, admins anyone; nobody their own account (403). Every session and personal token of the person is revoked. Audited as `user.deactivated`. An account already deactivated answers 409 (`already_deactivated`).
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a deactivated account: the person may sign in again
         * @description The same people as for deactivation may. Sessions and tokens revoked by the deactivation stay revoked: the person signs in again. Audited as `user.reactivated`. An active account answers 409 (`already_active`).
         */
        post: operations["reactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How I am notified: channels, frequency, filters, language */
        get: operations["getMySubscription"];
        /**
         * Choose how I am notified
         * @description A webhook URL must be http or https without credentials and reach public addresses only (a host name is resolved when saved, and every address it has must be public; the worker checks the address it connects to again). A webhook gets a signing secret (Standard Webhooks, `whsec_…`) the first time one is set, or when `rotateWebhookSecret=true`; it is returned in this response only. Deliveries carry `webhook-id`, `webhook-timestamp` and `webhook-signature` (v1, HMAC-SHA256 over "id.timestamp.body").
         */
        put: operations["updateMySubscription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My in-app notifications, newest first
         * @description Items are written in `lang`, else in my language (each says which in `language`).
         */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbox/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read: the given ones, or all when no ids are given */
        post: operations["markInboxRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who has notifications waiting, and why: gathering in a burst of new matches, or held for a digest (staff)
         * @description One row per person, most waiting first: new matches gathering behind the first of a burst and when they go out together, deliveries held for the digest, and how many of those the daily cap of suggestion emails held.
         */
        get: operations["listWaitingDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/dead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries that gave up: retries exhausted, or refused for good by the mail server (staff)
         * @description Newest first; page with `limit` and `cursor` (the `nextCursor` of the previous page).
         */
        get: operations["listDeadDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead or bounced delivery again (staff) */
        post: operations["replayDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/unsubscribe-links/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invalidate the unsubscribe links in every email sent to me so far
         * @description Emails sent from now on carry new links. Turning email back on in the subscription does the same.
         */
        post: operations["resetUnsubscribeLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an unsubscribe link is about: the language of its page, and whether email still goes out
         * @description Reads only (link scanners follow links). 404 when the link is not valid.
         */
        get: operations["getUnsubscribeLink"];
        put?: never;
        /**
         * One-click unsubscribe from email (RFC 8058)
         * @description Stops email at once, whatever the body; the in-app inbox keeps receiving. 404 when the link is not valid.
         */
        post: operations["unsubscribeFromEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest first (staff) */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Write an outreach campaign (staff): kind, audience, goal, messages per language, deadline, reminders
         * @description Messages may use {{name}}, {{country}}, {{offers}}, {{demands}}, {{experts}}, {{goal}}, {{toRenew}}, {{deadline}} and {{link}}. It starts as a draft.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Campaigns running now that wrote to my country, which my country has not met yet (officers and focal points)
         * @description Soonest deadline first; each links to its country's page. Empty for staff and for people of no country.
         */
        get: operations["listMyCountryCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign (staff) */
        get: operations["getCampaign"];
        /** Rewrite a draft campaign (staff) */
        put: operations["updateCampaign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the campaign would write to now, country by country (staff preview before sending) */
        get: operations["listCampaignRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The message as one country's people would read it, in a language (staff)
         * @description Falls back to the campaign's default language when it has no message in `lang`; `language` says which was used.
         */
        get: operations["previewCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the campaign now, or at `sendAt` (staff) */
        post: operations["scheduleCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hold the campaign: no new messages or reminders, queued ones wait (staff) */
        post: operations["pauseCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused campaign; held messages go out (staff) */
        post: operations["resumeCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop the campaign for good; queued messages are dropped (staff) */
        post: operations["cancelCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries targeted, met and not met; listings the campaign brought; where its messages are; per country (staff) */
        get: operations["getCampaignProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/progress.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The per-country progress table as CSV (staff) */
        get: operations["getCampaignProgressCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/countries/{country}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a campaign asks of one country, and where that country stands (its people, or staff)
         * @description What the page a campaign message links to shows (the web interface's `/{lang}/campaigns/{id}/countries/{country}`): what is asked of the country, the deadline, and whether the country has met it.
         */
        get: operations["getCampaignCountry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Listings counted by country (provider and recipient), sector, sector area, SDG goal or target, modality, language or month
         * @description `by` names the dimension (country by default); offers and demands apart. A listing with several values (sectors, goals, targets, modalities) counts once under each. Filters: `from` and `to` (a period, days included), `group` (a country grouping or subregion), `country`, `sector`, `sdgGoal`. Computed from the registry when asked. Anonymous callers, officers and focal points count published data only; staff count every status.
         */
        get: operations["getListingStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The match funnel: suggested → interested → mutual → agreed → in progress → completed
         * @description How many matches reached each stage, the share of the previous stage that reached it, and the median days the step took; declined and dismissed apart. The period is when a match was first found (or proposed). Place, sector and goal apply to either side. Filters: `from` and `to` (a period, days included), `group` (a country grouping or subregion), `country`, `sector`, `sdgGoal`. Computed from the registry when asked. Anonymous callers, officers and focal points count published data only; staff count every status.
         */
        get: operations["getMatchFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cooperation flows: agreed, in progress and completed cooperation from provider to recipient country
         * @description The provider is the country that offered, the recipient the one that asked. The period is the cooperation's last step. Filters: `from` and `to` (a period, days included), `group` (a country grouping or subregion), `country`, `sector`, `sdgGoal`. Computed from the registry when asked. Anonymous callers, officers and focal points count published data only; staff count every status.
         */
        get: operations["getCooperationFlows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A country's participation in outreach campaigns
         * @description Every campaign that wrote to `country`, newest first: its kind, status and deadline, when it first wrote, whether the country met its goal, and the offers, demands and validated experts the country brought since. Campaign ids and names are shown to the secretariat and the country's own people only.
         */
        get: operations["getCampaignParticipation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member states with at least one published offer or demand
         * @description The OAS's member states, or the members of `group`, or `country` alone; each with its published offers and demands. Always published listings, whoever asks. `from`/`to`, `sector` and `sdgGoal` narrow what counts.
         */
        get: operations["getCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The concise report for a period (staff)
         * @description The key figures of a period (`from`–`to`, the last 90 days by default) next to the period of the same length before, the sectors most offered and most asked for, the published demands still without agreed cooperation (oldest first, at most 50, and how many in all), and the cooperation completed in the period with its outcome and lessons. Staff only: it quotes what only the two countries and the secretariat read. Place, sector and goal filters as for every statistic.
         */
        get: operations["getConciseReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the concise report's tables as CSV (staff)
         * @description `table`: figures, themes, unmet, completed. Headers and names in the reader's language. The key figures of a period (`from`–`to`, the last 90 days by default) next to the period of the same length before, the sectors most offered and most asked for, the published demands still without agreed cooperation (oldest first, at most 50, and how many in all), and the cooperation completed in the period with its outcome and lessons. Staff only: it quotes what only the two countries and the secretariat read. Place, sector and goal filters as for every statistic.
         */
        get: operations["getConciseReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The concise report as an Excel workbook, a sheet per table (staff)
         * @description The key figures of a period (`from`–`to`, the last 90 days by default) next to the period of the same length before, the sectors most offered and most asked for, the published demands still without agreed cooperation (oldest first, at most 50, and how many in all), and the cooperation completed in the period with its outcome and lessons. Staff only: it quotes what only the two countries and the secretariat read. Place, sector and goal filters as for every statistic.
         */
        get: operations["getConciseReportWorkbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CooperationRecordBodyInput: {
            /** @enum {string} */
            instrument: "programme" | "project" | "action";
            /** @enum {string} */
            cooperationType: "bilateral" | "triangular" | "regional";
            /** Format: date */
            approvedOn?: string;
            /** Format: date */
            startsOn?: string;
            /** Format: date */
            endsOn?: string;
            participants: {
                country: string;
                /** @enum {string} */
                role: "provider" | "first_provider" | "second_provider" | "recipient";
                executingInstitution?: string;
                budgetedCost?: string;
                executedCost?: string;
                currency?: string;
            }[];
        };
        StoryBodyInput: {
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            title: string;
            summary: string;
            results: string;
            lessons: string;
            testimonial?: string;
            testimonialBy?: string;
        };
        ProfileChangeInputInput: {
            name?: string;
            /** @enum {string} */
            language?: "es" | "en" | "pt" | "fr";
        };
        PasswordChangeInputInput: {
            currentPassword: string;
            newPassword: string;
        };
        ListingDraftInput: {
            /** @enum {string} */
            kind: "offer" | "demand";
            externalId?: string;
            title: string;
            description: string;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            country: string;
            institution: {
                name: string;
                acronym?: string;
                /** @enum {string} */
                type?: "government" | "academia" | "private" | "civil_society" | "international";
            };
            sectors: ("education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models")[];
            sdgGoals?: number[];
            sdgTargets?: string[];
            modalities?: ("technical_assistance" | "expert_mission" | "training" | "internship" | "study_visit" | "experience_exchange" | "methodology_transfer" | "scholarship" | "joint_research" | "policy_advice" | "knowledge_product")[];
            cooperationTypes?: ("bilateral" | "triangular" | "regional")[];
            deliveryFormats?: ("in_person" | "virtual" | "hybrid")[];
            workingLanguages?: ("es" | "en" | "pt" | "fr")[];
            targetCountries?: string[];
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validUntil?: string;
            keywords?: string[];
            contact?: {
                name: string;
                /** Format: email */
                email: string;
            };
        };
        ListingChangeInput: {
            title?: string;
            description?: string;
            /** @enum {string} */
            language?: "es" | "en" | "pt" | "fr";
            institution?: {
                name: string;
                acronym?: string;
                /** @enum {string} */
                type?: "government" | "academia" | "private" | "civil_society" | "international";
            };
            sectors?: ("education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models")[];
            sdgGoals?: number[] | null;
            sdgTargets?: string[] | null;
            modalities?: ("technical_assistance" | "expert_mission" | "training" | "internship" | "study_visit" | "experience_exchange" | "methodology_transfer" | "scholarship" | "joint_research" | "policy_advice" | "knowledge_product")[] | null;
            cooperationTypes?: ("bilateral" | "triangular" | "regional")[] | null;
            deliveryFormats?: ("in_person" | "virtual" | "hybrid")[] | null;
            workingLanguages?: ("es" | "en" | "pt" | "fr")[] | null;
            targetCountries?: string[] | null;
            validFrom?: string | null;
            validUntil?: string | null;
            keywords?: string[] | null;
            contact?: {
                name: string;
                /** Format: email */
                email: string;
            } | null;
        };
        ExpertRegistrationInput: {
            name: string;
            country: string;
            institution: {
                name: string;
                acronym?: string;
                /** @enum {string} */
                type?: "government" | "academia" | "private" | "civil_society" | "international";
            };
            sectors: ("education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models")[];
            /** @default [] */
            sdgTargets: string[];
            sdgGoals?: number[];
            workingLanguages: ("es" | "en" | "pt" | "fr")[];
            availability?: string;
            profile: string;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            contact: {
                name: string;
                /** Format: email */
                email: string;
            };
            /** Format: uuid */
            campaignId?: string;
        };
        CampaignDraftInput: {
            name: string;
            /** @enum {string} */
            kind: "participation" | "expert_recruitment" | "renewal" | "announcement";
            audience: {
                /** @default [] */
                groups: string[];
                /** @default [] */
                countries: string[];
                condition?: ("no_published_offer" | "no_published_demand" | "no_published_listing") | null;
                /**
                 * @default [
                 *       "focal_point",
                 *       "agency_officer"
                 *     ]
                 */
                roles: ("focal_point" | "agency_officer")[];
            };
            /**
             * @default {
             *       "count": 1,
             *       "listingKind": "either",
             *       "sectors": [],
             *       "sdgGoals": [],
             *       "staleAfterDays": 365,
             *       "expiringWithinDays": 30
             *     }
             */
            goal: {
                /** @default 1 */
                count: number;
                /**
                 * @default either
                 * @enum {string}
                 */
                listingKind: "offer" | "demand" | "either";
                /** @default [] */
                sectors: ("education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models")[];
                /** @default [] */
                sdgGoals: number[];
                /** @default 365 */
                staleAfterDays: number;
                /** @default 30 */
                expiringWithinDays: number;
            };
            messages: {
                [key: string]: {
                    subject: string;
                    body: string;
                };
            };
            /**
             * @default es
             * @enum {string}
             */
            defaultLanguage: "es" | "en" | "pt" | "fr";
            /** Format: date */
            deadline: string;
            reminderEveryDays?: number | null;
        };
        SubscriptionChoiceInput: {
            channels: ("email" | "in_app" | "webhook")[];
            /**
             * @default immediate
             * @enum {string}
             */
            frequency: "immediate" | "daily" | "weekly";
            /** @default [] */
            sectors: ("education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models")[];
            /** @default [] */
            sdgGoals: number[];
            /** @default 0 */
            minScore: number;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            /** @default 8 */
            digestHour: number;
            /** @default 1 */
            digestWeekday: number;
            /** @default 15 */
            burstMinutes: number;
            /** @default 20 */
            dailySuggestionEmails: number;
            webhookUrl?: string | null;
        };
        NewUserInput: {
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "agency_officer" | "focal_point" | "staff" | "admin";
            country?: string;
            institution?: {
                name: string;
                acronym?: string;
            };
            /**
             * @default es
             * @enum {string}
             */
            language: "es" | "en" | "pt" | "fr";
            password?: string;
        };
        CooperationRecord: {
            /** Format: uuid */
            matchId: string;
            /** @enum {string} */
            instrument: "programme" | "project" | "action";
            /** @enum {string} */
            cooperationType: "bilateral" | "triangular" | "regional";
            approvedOn: string | null;
            startsOn: string | null;
            endsOn: string | null;
            participants: {
                country: string;
                /** @enum {string} */
                role: "provider" | "first_provider" | "second_provider" | "recipient";
                executingInstitution?: string;
                budgetedCost?: string;
                executedCost?: string;
                currency?: string;
            }[];
            recordedAt: string;
            updatedAt: string;
        };
        CooperationExportItem: {
            /** Format: uuid */
            matchId: string;
            /** @enum {string} */
            instrument: "programme" | "project" | "action";
            /** @enum {string} */
            cooperationType: "bilateral" | "triangular" | "regional";
            approvedOn: string | null;
            startsOn: string | null;
            endsOn: string | null;
            participants: {
                country: string;
                /** @enum {string} */
                role: "provider" | "first_provider" | "second_provider" | "recipient";
                executingInstitution?: string;
                budgetedCost?: string;
                executedCost?: string;
                currency?: string;
            }[];
            recordedAt: string;
            updatedAt: string;
            stage: string;
            modality: string | null;
            /** Format: uuid */
            offerId: string;
            /** Format: uuid */
            demandId: string;
            title: string;
            sectors: string[];
            sdgGoals: number[];
            sdgTargets: string[];
            completedAt: string | null;
        };
        MatchReason: {
            /** @enum {string} */
            kind: "sdg_target" | "sdg_goal" | "sector" | "modality" | "working_language" | "text";
            text: string;
        };
        MatchBoard: {
            stages: {
                /** @enum {string} */
                stage: "suggested" | "interested" | "mutual" | "agreed" | "in_progress" | "completed" | "declined" | "dismissed";
                count: number;
                items: components["schemas"]["MatchSummary"][];
            }[];
        };
        ExpertRevision: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "published" | "sent_back" | "withdrawn";
            changes: {
                name?: string;
                institution?: {
                    name: string;
                    acronym?: string;
                    /** @enum {string} */
                    type?: "government" | "academia" | "private" | "civil_society" | "international";
                };
                sectors?: ("education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models")[];
                sdgTargets?: string[];
                sdgGoals?: number[];
                workingLanguages?: ("es" | "en" | "pt" | "fr")[];
                availability?: string | null;
                profile?: string;
                /** @enum {string} */
                language?: "es" | "en" | "pt" | "fr";
                contact?: {
                    name: string;
                    /** Format: email */
                    email: string;
                };
            };
            changedFields: string[];
            createdAt: string;
            updatedAt: string;
            reason?: string;
            decidedAt?: string;
        };
        ListingStats: {
            /** @enum {string} */
            by: "country" | "sector" | "sectorArea" | "sdgGoal" | "sdgTarget" | "modality" | "language" | "month";
            /** @enum {string} */
            scope: "published" | "all";
            totals: {
                offers: number;
                demands: number;
                total: number;
            };
            items: {
                key: string;
                offers: number;
                demands: number;
                total: number;
            }[];
        };
        MatchFunnel: {
            stages: {
                /** @enum {string} */
                stage: "suggested" | "interested" | "mutual" | "agreed" | "in_progress" | "completed";
                reached: number;
                conversion: number | null;
                medianDays: number | null;
            }[];
            declined: number;
            dismissed: number;
        };
        CooperationFlows: {
            items: {
                provider: string;
                recipient: string;
                agreed: number;
                inProgress: number;
                completed: number;
                total: number;
            }[];
        };
        Coverage: {
            members: number;
            covered: number;
            share: number;
            items: {
                country: string;
                offers: number;
                demands: number;
                covered: boolean;
            }[];
        };
        CampaignParticipation: {
            country: string;
            reached: number;
            met: number;
            items: {
                id: string | null;
                name: string | null;
                /** @enum {string} */
                kind: "participation" | "expert_recruitment" | "renewal" | "announcement";
                /** @enum {string} */
                status: "draft" | "scheduled" | "active" | "paused" | "completed" | "cancelled";
                deadline: string;
                firstMessageAt: string;
                met: boolean;
                metAt: string | null;
                offers: number;
                demands: number;
                experts: number;
            }[];
        };
        ConciseReport: {
            period: {
                from: string;
                to: string;
            };
            previous: {
                from: string;
                to: string;
            };
            figures: {
                /** @enum {string} */
                key: "offers" | "demands" | "membersPresent" | "matchesFound" | "cooperationAgreed" | "cooperationCompleted";
                current: number;
                previous: number;
            }[];
            themes: {
                offered: {
                    sector: string;
                    count: number;
                }[];
                asked: {
                    sector: string;
                    count: number;
                }[];
            };
            unmet: {
                total: number;
                items: {
                    /** Format: uuid */
                    id: string;
                    title: string;
                    country: string;
                    sectors: string[];
                    publishedAt: string;
                }[];
            };
            completed: {
                /** Format: uuid */
                matchId: string;
                provider: string;
                recipient: string;
                offer: string;
                demand: string;
                completedAt: string;
                summary: string;
                lessonsLearned: string;
            }[];
        };
        SuccessStory: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            matchId: string;
            /** @enum {string} */
            status: "draft" | "awaiting_approval" | "published" | "withdrawn";
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            title: string;
            summary: string;
            results: string;
            lessons: string;
            testimonial: string | null;
            testimonialBy: string | null;
            version: number;
            authorCountry: string;
            provider: string;
            recipient: string;
            /** Format: uuid */
            offerId: string;
            /** Format: uuid */
            demandId: string;
            sectors: string[];
            sdgGoals: number[];
            approvals: {
                country: string;
                approvedAt: string | null;
                note: string | null;
            }[];
            createdAt: string;
            updatedAt: string;
            submittedAt: string | null;
            publishedAt: string | null;
            withdrawnAt: string | null;
            withdrawnReason: string | null;
            actions: ("edit" | "submit" | "approve" | "withdraw")[];
            translation: {
                /** @enum {string} */
                language: "es" | "en" | "pt" | "fr";
                title: string;
                summary: string;
                results: string;
                lessons: string;
                testimonial: string | null;
                /** @constant */
                machineTranslated: true;
            } | null;
        };
        Listing: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "offer" | "demand";
            externalId: string;
            /** @enum {string} */
            status: "draft" | "pending_review" | "published" | "closed" | "expired";
            title: string;
            description: string;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            country: string;
            institution: {
                name: string;
                acronym?: string;
                /** @enum {string} */
                type?: "government" | "academia" | "private" | "civil_society" | "international";
                /** Format: uuid */
                id: string;
            };
            sectors: string[];
            sdgGoals?: number[];
            sdgTargets?: string[];
            modalities?: string[];
            cooperationTypes?: string[];
            deliveryFormats?: string[];
            workingLanguages?: string[];
            targetCountries?: string[];
            validFrom?: string;
            validUntil?: string;
            keywords?: string[];
            contact?: {
                name: string;
                /** Format: email */
                email: string;
            };
            sdgGoalsEffective: number[];
            reviewNote?: string;
            pendingRevision?: components["schemas"]["ListingRevision"];
            version: number;
            createdAt: string;
            updatedAt: string;
            publishedAt?: string;
        };
        ListingRevision: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "published" | "sent_back" | "withdrawn";
            content: {
                title: string;
                description: string;
                /** @enum {string} */
                language: "es" | "en" | "pt" | "fr";
                country: string;
                institution: {
                    name: string;
                    acronym?: string;
                    /** @enum {string} */
                    type?: "government" | "academia" | "private" | "civil_society" | "international";
                };
                sectors: string[];
                sdgGoals?: number[];
                sdgTargets?: string[];
                modalities?: string[];
                cooperationTypes?: string[];
                deliveryFormats?: string[];
                workingLanguages?: string[];
                targetCountries?: string[];
                validFrom?: string;
                validUntil?: string;
                keywords?: string[];
                contact?: {
                    name: string;
                    /** Format: email */
                    email: string;
                };
            };
            changedFields: string[];
            baseVersion: number;
            authorUserId: string | null;
            /** Format: uuid */
            importId?: string;
            createdAt: string;
            updatedAt: string;
            reason?: string;
            decidedAt?: string;
        };
        SearchHit: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "offer" | "demand";
            externalId: string;
            /** @enum {string} */
            status: "draft" | "pending_review" | "published" | "closed" | "expired";
            title: string;
            description: string;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            country: string;
            institution: {
                name: string;
                acronym: string | null;
            };
            sectors: string[];
            sdgGoals: number[];
            sdgTargets: string[];
            modalities: string[];
            workingLanguages: string[];
            /** @description The title and a cropped description as HTML, safe to insert as is: every character of the listing's text is escaped, and `<mark>`…`</mark>` around the matched words is the only markup. */
            highlight: {
                title: string;
                description: string;
            };
        };
        Institution: {
            /** Format: uuid */
            id: string;
            country: string;
            name: string;
            acronym: string | null;
            type: string | null;
        };
        Expert: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "validated" | "rejected" | "paused" | "withdrawn" | "deactivated";
            name: string;
            country: string;
            institution?: {
                name: string;
                acronym?: string;
                /** @enum {string} */
                type?: "government" | "academia" | "private" | "civil_society" | "international";
                /** Format: uuid */
                id: string;
            };
            sectors: string[];
            sdgTargets: string[];
            sdgGoals: number[];
            workingLanguages: ("es" | "en" | "pt" | "fr")[];
            availability?: string;
            profile: string;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            contact?: {
                name: string;
                /** Format: email */
                email: string;
            };
            reviewNote?: string;
            /** Format: uuid */
            campaignId?: string;
            revision?: components["schemas"]["ExpertRevision"];
            createdAt: string;
            updatedAt: string;
            validatedAt?: string;
        };
        MatchSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            stage: "suggested" | "interested" | "mutual" | "agreed" | "in_progress" | "completed" | "declined" | "dismissed";
            stageChangedAt: string | null;
            score: number;
            reasons: components["schemas"]["MatchReason"][];
            offer: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "offer" | "demand";
                title: string;
                country: string;
                /** @enum {string} */
                status: "draft" | "pending_review" | "published" | "closed" | "expired";
            };
            demand: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "offer" | "demand";
                title: string;
                country: string;
                /** @enum {string} */
                status: "draft" | "pending_review" | "published" | "closed" | "expired";
            };
            interest: {
                offer: string | null;
                demand: string | null;
            };
            agreement: {
                modality: string;
                startDate: string;
                endDate?: string;
                responsibilities: string;
            } | null;
            confirmations: {
                offer: string | null;
                demand: string | null;
            };
            outcome: {
                summary: string;
                lessonsLearned: string;
            } | null;
            brokered: {
                /** Format: uuid */
                by: string;
                note: string | null;
            } | null;
            availableActions: ("propose" | "interest" | "decline" | "dismiss" | "agree" | "start" | "complete")[];
            computedAt: string;
        };
        Match: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            stage: "suggested" | "interested" | "mutual" | "agreed" | "in_progress" | "completed" | "declined" | "dismissed";
            stageChangedAt: string | null;
            score: number;
            reasons: components["schemas"]["MatchReason"][];
            offer: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "offer" | "demand";
                title: string;
                country: string;
                /** @enum {string} */
                status: "draft" | "pending_review" | "published" | "closed" | "expired";
            };
            demand: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "offer" | "demand";
                title: string;
                country: string;
                /** @enum {string} */
                status: "draft" | "pending_review" | "published" | "closed" | "expired";
            };
            interest: {
                offer: string | null;
                demand: string | null;
            };
            agreement: {
                modality: string;
                startDate: string;
                endDate?: string;
                responsibilities: string;
            } | null;
            confirmations: {
                offer: string | null;
                demand: string | null;
            };
            outcome: {
                summary: string;
                lessonsLearned: string;
            } | null;
            brokered: {
                /** Format: uuid */
                by: string;
                note: string | null;
            } | null;
            availableActions: ("propose" | "interest" | "decline" | "dismiss" | "agree" | "start" | "complete")[];
            computedAt: string;
            history: components["schemas"]["MatchEvent"][];
        };
        MatchEvent: {
            id: number;
            /** @enum {string} */
            action: "propose" | "interest" | "decline" | "dismiss" | "agree" | "start" | "complete";
            fromStage: ("suggested" | "interested" | "mutual" | "agreed" | "in_progress" | "completed" | "declined" | "dismissed") | null;
            /** @enum {string} */
            toStage: "suggested" | "interested" | "mutual" | "agreed" | "in_progress" | "completed" | "declined" | "dismissed";
            side: ("offer" | "demand") | null;
            actor: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            message: string | null;
            detail: {
                [key: string]: unknown;
            };
            at: string;
        };
        Campaign: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "participation" | "expert_recruitment" | "renewal" | "announcement";
            /** @enum {string} */
            status: "draft" | "scheduled" | "active" | "paused" | "completed" | "cancelled";
            audience: {
                [key: string]: unknown;
            };
            goal: {
                [key: string]: unknown;
            };
            messages: {
                [key: string]: {
                    subject: string;
                    body: string;
                };
            };
            /** @enum {string} */
            defaultLanguage: "es" | "en" | "pt" | "fr";
            deadline: string;
            sendAt: string | null;
            reminderEveryDays: number | null;
            rounds: number;
            lastRoundAt: string | null;
            createdAt: string;
            endedAt: string | null;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "agency_officer" | "focal_point" | "staff" | "admin";
            country: string | null;
            institutionId: string | null;
            language: string;
            createdAt: string;
            lastSignInAt?: string | null;
            deactivatedAt?: string | null;
        };
        FieldIssue: {
            field: string;
            /** @description Stable machine code, for a client to say the reason in the reader's language: zod's issue codes (`too_small`, `too_big`, `invalid_type`, `invalid_value`, `invalid_format`, `unrecognized_keys`, `custom`), `required`, or a code of the rule broken (`same_country`, `unknown_campaign`, `refused_url`, `unavailable`…); `invalid` when nothing more precise is known. */
            code: string;
            /** @description Why, in English. */
            reason: string;
            in?: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: components["schemas"]["FieldIssue"][];
        };
        Token: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "session" | "personal";
            name: string;
            prefix: string;
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            userAgent: string | null;
            current: boolean;
        };
        ImportReport: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            totalLines: number;
            linesDone: number;
            created: number;
            updated: number;
            unchanged: number;
            linesWithErrors: number;
            errors: {
                line: number;
                field: string;
                /** @description Stable machine code, as in problem details: zod's issue codes, `required`, `invalid_json`, `wrong_country`, `duplicate`, `more_errors`; `invalid` when nothing more precise is known. */
                code: string;
                reason: string;
            }[];
            moreErrorsAfterLine?: number;
            errorsNotStored: number;
            failure?: string;
            createdAt: string;
            startedAt?: string;
            finishedAt?: string;
        };
        ImportSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            startedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            };
            totalLines: number;
            linesDone: number;
            created: number;
            updated: number;
            unchanged: number;
            linesWithErrors: number;
            failure?: string;
            createdAt: string;
            startedAt?: string;
            finishedAt?: string;
        };
        ExpertHit: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "validated" | "rejected" | "paused" | "withdrawn" | "deactivated";
            name: string;
            country: string;
            institution?: {
                name: string;
                acronym?: string;
                /** @enum {string} */
                type?: "government" | "academia" | "private" | "civil_society" | "international";
                /** Format: uuid */
                id: string;
            };
            sectors: string[];
            sdgTargets: string[];
            sdgGoals: number[];
            workingLanguages: ("es" | "en" | "pt" | "fr")[];
            availability?: string;
            profile: string;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            contact?: {
                name: string;
                /** Format: email */
                email: string;
            };
            reviewNote?: string;
            /** Format: uuid */
            campaignId?: string;
            revision?: components["schemas"]["ExpertRevision"];
            createdAt: string;
            updatedAt: string;
            validatedAt?: string;
            /** @description Index search only: the name and a cropped profile as HTML, safe to insert as is: every character of the expert's text is escaped, and `<mark>`…`</mark>` around the matched words is the only markup. */
            highlight?: {
                name?: string;
                profile?: string;
            };
        };
        CandidateExpert: {
            expert: components["schemas"]["Expert"];
            score: number;
            reasons: components["schemas"]["MatchReason"][];
        };
        Subscription: {
            channels: ("email" | "in_app" | "webhook")[];
            frequency: string;
            sectors: string[];
            sdgGoals: number[];
            minScore: number;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            digestHour: number;
            digestWeekday: number;
            /** @description New matches gather this long after the first of a burst went out by email or webhook */
            burstMinutes: number;
            /** @description Suggestion emails a day at most; beyond, new matches wait for the next daily digest */
            dailySuggestionEmails: number;
            webhookUrl: string | null;
            isDefault: boolean;
            hasWebhookSecret: boolean;
            webhookSecret?: string;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            summary: string;
            link: string;
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            createdAt: string;
            readAt: string | null;
            data: {
                [key: string]: unknown;
            };
        };
        UnsubscribeLink: {
            /** @enum {string} */
            language: "es" | "en" | "pt" | "fr";
            email: boolean;
        };
        DeliveryTally: {
            queued: number;
            sent: number;
            failed: number;
            bounced: number;
            skipped: number;
        };
        CampaignCountryProgress: {
            country: string;
            name: string;
            met: boolean;
            metAt: string | null;
            firstMessageAt: string | null;
            lastMessageAt: string | null;
            recipients: number;
            offers: number;
            demands: number;
            experts: number;
            toRenew: number;
            deliveries: components["schemas"]["DeliveryTally"];
        };
        CampaignProgress: {
            campaign: components["schemas"]["Campaign"];
            countries: {
                targeted: number;
                met: number;
                notMet: number;
                metCountries: string[];
                notMetCountries: string[];
            };
            listings: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "offer" | "demand";
                title: string;
                country: string;
                publishedAt: string;
            }[];
            deliveries: components["schemas"]["DeliveryTally"];
            table: components["schemas"]["CampaignCountryProgress"][];
        };
        ListingTranslation: {
            title: string;
            description: string;
            /** @enum {string} */
            from: "es" | "en" | "pt" | "fr";
            /** @enum {string} */
            to: "es" | "en" | "pt" | "fr";
            /** @constant */
            machineTranslated: true;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        checks: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                                latencyMs: number;
                                reason?: string;
                            };
                        };
                    };
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTaxonomies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
        };
    };
    listSdgGoals: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            goal: number;
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    listSdgTargets: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
                goal?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            goal: number;
                            text: string;
                            textLanguage: string;
                        }[];
                    };
                };
            };
        };
    };
    listSectors: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            area: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    listSectorAreas: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    listModalities: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    listCooperationTypes: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    listDeliveryFormats: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    listInstitutionTypes: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
    };
    listCountries: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
                group?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            subregion: string | null;
                            groups: string[];
                            ldc: boolean;
                            sids: boolean;
                            lldc: boolean;
                        }[];
                    };
                };
            };
        };
    };
    listCountryGroups: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            kind: string;
                            name: string;
                            members: string[];
                        }[];
                    };
                };
            };
        };
    };
    listSubregions: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            countries: string[];
                        }[];
                    };
                };
            };
        };
    };
    listListings: {
        parameters: {
            query?: {
                kind?: "offer" | "demand";
                country?: string | string[];
                sector?: string | string[];
                sdgGoal?: number;
                sdgTarget?: string;
                modality?: string | string[];
                status?: string | string[];
                language?: "es" | "en" | "pt" | "fr";
                externalId?: string;
                institutionId?: string;
                review?: "pending";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Listing"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createListing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListingDraftInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListingChangeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "status" | "revision";
                            from: string | null;
                            to: string;
                            at: string;
                            reason?: string | null;
                            actorUserId?: string | null;
                            /** Format: uuid */
                            revisionId?: string;
                        }[];
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendBackListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    validUntil?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    translateListing: {
        parameters: {
            query: {
                lang: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingTranslation"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInstitutions: {
        parameters: {
            query?: {
                country?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Institution"][];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    acronym?: string | null;
                    type?: ("government" | "academia" | "private" | "civil_society" | "international") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportSummary"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file: interchange JSON Lines, or CSV with the columns of the CSV export. */
        requestBody: {
            content: {
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        totalLines: number;
                        /** @enum {string} */
                        status: "queued";
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: {
                errorsAfterLine?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportListings: {
        parameters: {
            query?: {
                kind?: "offer" | "demand";
                country?: string | string[];
                sector?: string | string[];
                sdgGoal?: number;
                sdgTarget?: string;
                modality?: string | string[];
                status?: string | string[];
                language?: "es" | "en" | "pt" | "fr";
                externalId?: string;
                institutionId?: string;
                review?: "pending";
                format?: "jsonl" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    searchListings: {
        parameters: {
            query?: {
                q?: string;
                qLanguage?: "es" | "en" | "pt" | "fr";
                kind?: "offer" | "demand";
                country?: string | string[];
                group?: string;
                sector?: string | string[];
                sdgGoal?: number;
                sdgTarget?: string;
                modality?: string | string[];
                workingLanguage?: string | string[];
                language?: "es" | "en" | "pt" | "fr";
                status?: string | string[];
                page?: number;
                hitsPerPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hits: components["schemas"]["SearchHit"][];
                        facets: {
                            [key: string]: {
                                [key: string]: number;
                            };
                        };
                        page: number;
                        hitsPerPage: number;
                        totalHits: number;
                        totalPages: number;
                        processingTimeMs: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listListingMatches: {
        parameters: {
            query?: {
                limit?: number;
                expertsLimit?: number;
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "es" | "en" | "pt" | "fr";
                        items: {
                            /** Format: uuid */
                            id?: string;
                            /** @enum {string} */
                            stage?: "suggested" | "interested" | "mutual" | "agreed" | "in_progress" | "completed" | "declined" | "dismissed";
                            listing: components["schemas"]["Listing"];
                            score: number;
                            reasons: components["schemas"]["MatchReason"][];
                        }[];
                        experts: components["schemas"]["CandidateExpert"][];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDemandExperts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "es" | "en" | "pt" | "fr";
                        items: components["schemas"]["CandidateExpert"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMatches: {
        parameters: {
            query?: {
                stage?: string | string[];
                country?: string;
                listingId?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                limit?: number;
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MatchSummary"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeMatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    offerId: string;
                    /** Format: uuid */
                    demandId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMatchBoard: {
        parameters: {
            query?: {
                country?: string;
                listingId?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                perStage?: number;
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchBoard"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMatch: {
        parameters: {
            query?: {
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    expressMatchInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    agreeMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    modality: "technical_assistance" | "expert_mission" | "training" | "internship" | "study_visit" | "experience_exchange" | "methodology_transfer" | "scholarship" | "joint_research" | "policy_advice" | "knowledge_product";
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    endDate?: string;
                    responsibilities: string;
                    cooperationRecord?: components["schemas"]["CooperationRecordBodyInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                    lessonsLearned: string;
                    cooperationRecord?: components["schemas"]["CooperationRecordBodyInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Match"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCooperationRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationRecord"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCooperationRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationRecordBodyInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationRecord"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCooperationRecords: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                country?: string;
                instrument?: "programme" | "project" | "action";
                cooperationType?: "bilateral" | "triangular" | "regional";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CooperationExportItem"][];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCooperationRecordsCsv: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                country?: string;
                instrument?: "programme" | "project" | "action";
                cooperationType?: "bilateral" | "triangular" | "regional";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listStories: {
        parameters: {
            query?: {
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
                status?: "draft" | "awaiting_approval" | "published" | "withdrawn";
                lang?: "es" | "en" | "pt" | "fr";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SuccessStory"][];
                        nextCursor?: string;
                        /** @description Stories matching the filters, on every page */
                        total: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStory: {
        parameters: {
            query?: {
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStory"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoryBodyInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStory"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStoryOfMatch: {
        parameters: {
            query?: {
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStory"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    draftStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoryBodyInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStory"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStory"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStory"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStory"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importExperts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file: JSON Lines, or CSV with expert columns. */
        requestBody: {
            content: {
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lines: number;
                        created: number;
                        updated: number;
                        errors: {
                            line: number;
                            field: string;
                            code: string;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchExperts: {
        parameters: {
            query?: {
                country?: string | string[];
                group?: string;
                sector?: string | string[];
                sdgGoal?: number;
                sdgTarget?: string;
                workingLanguage?: string | string[];
                language?: "es" | "en" | "pt" | "fr";
                status?: string | string[];
                revision?: "pending";
                q?: string;
                page?: number;
                hitsPerPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExpertHit"][];
                        facets: {
                            [key: string]: {
                                [key: string]: number;
                            };
                        };
                        page: number;
                        hitsPerPage: number;
                        totalHits: number;
                        totalPages: number;
                        /** @enum {string} */
                        source: "search" | "registry";
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerExpert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertRegistrationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    institution?: {
                        name: string;
                        acronym?: string;
                        /** @enum {string} */
                        type?: "government" | "academia" | "private" | "civil_society" | "international";
                    };
                    sectors?: ("education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models")[];
                    sdgTargets?: string[];
                    sdgGoals?: number[];
                    workingLanguages?: ("es" | "en" | "pt" | "fr")[];
                    availability?: string | null;
                    profile?: string;
                    /** @enum {string} */
                    language?: "es" | "en" | "pt" | "fr";
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestExpertLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    language?: "es" | "en" | "pt" | "fr";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOwnExpert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resubmitExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishExpertRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendBackExpertRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        expiresAt: string;
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileChangeInputInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeInputInput"];
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTokens: {
        parameters: {
            query?: {
                kind?: "session" | "personal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    days?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        token: string;
                        prefix: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description `never`: only people who have never signed in; `ever`: only those who have. */
                signedIn?: "never" | "ever";
                /** @description Only active, or only deactivated, accounts. */
                state?: "active" | "deactivated";
                role?: string | string[];
                id?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUserInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMySubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMySubscription: {
        parameters: {
            query?: {
                rotateWebhookSecret?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionChoiceInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInbox: {
        parameters: {
            query?: {
                unread?: string;
                limit?: number;
                cursor?: string;
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        unread: number;
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markInboxRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: string[];
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWaitingDeliveries: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            userId: string;
                            name: string;
                            email: string;
                            role: string;
                            country: string | null;
                            gathering: number;
                            windowClosesAt: string | null;
                            held: number;
                            capped: number;
                        }[];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeadDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** @enum {string} */
                            channel: "email" | "in_app" | "webhook";
                            /** @enum {string} */
                            status: "pending" | "held" | "gathering" | "paused" | "sending" | "sent" | "failed" | "bounced" | "dead" | "digested" | "skipped";
                            attempts: number;
                            lastError: string | null;
                            kind: string;
                            /** Format: uuid */
                            notificationId: string;
                            /** Format: uuid */
                            recipientUserId: string;
                            recipientEmail: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUnsubscribeLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnsubscribeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeLink"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribeFromEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeLink"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Campaign"][];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignDraftInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyCountryCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "participation" | "expert_recruitment" | "renewal" | "announcement";
                            deadline: string;
                            country: string;
                        }[];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignDraftInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaignRecipients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        countries: {
                            country: string;
                            name: string;
                            recipients: {
                                /** Format: uuid */
                                userId: string;
                                name: string;
                                email: string;
                                role: string;
                                /** @enum {string} */
                                language: "es" | "en" | "pt" | "fr";
                                channels: string[];
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewCampaign: {
        parameters: {
            query: {
                country: string;
                lang?: "es" | "en" | "pt" | "fr";
                name?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "es" | "en" | "pt" | "fr";
                        subject: string;
                        body: string;
                        link: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scheduleCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sendAt?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgress"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignProgressCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCampaignCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                country: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: string;
                            status: string;
                            deadline: string;
                            goal: {
                                [key: string]: unknown;
                            };
                        };
                        progress: components["schemas"]["CampaignCountryProgress"];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingStats: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group?: string;
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
                by?: "country" | "sector" | "sectorArea" | "sdgGoal" | "sdgTarget" | "modality" | "language" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingStats"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMatchFunnel: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group?: string;
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchFunnel"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCooperationFlows: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group?: string;
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationFlows"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignParticipation: {
        parameters: {
            query: {
                country: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignParticipation"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoverage: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group?: string;
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConciseReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group?: string;
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConciseReport"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConciseReportCsv: {
        parameters: {
            query: {
                from?: string;
                to?: string;
                group?: string;
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
                table: "figures" | "themes" | "unmet" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getConciseReportWorkbook: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group?: string;
                country?: string;
                sector?: "education" | "health" | "population_reproductive_health" | "water_sanitation" | "social_services_policies" | "energy" | "transport_storage" | "communications" | "science_technology" | "banking_finance" | "employment" | "enterprises" | "extractive_industries" | "agriculture_livestock" | "forestry" | "fisheries" | "construction" | "industry" | "tourism" | "trade" | "public_institutions_policies" | "public_finance_management" | "political_participation_civil_society" | "peace_security_defence" | "legal_judicial_human_rights" | "environment" | "disaster_management" | "culture" | "gender" | "other_development_models";
                sdgGoal?: number;
                /** @description The language to write in; without it, the signed-in person's language, then Accept-Language, then English. */
                lang?: "es" | "en" | "pt" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
