/*
 * English: the reference catalogue. Its keys are every message there is; the other
 * languages must have the same keys with the same ICU arguments (i18n.test.ts).
 * Arguments named `own`, `counterpart`, `listing`… receive text already written in the
 * reader's language (a quoted title, a country, a date); `count` is a number.
 */
export const en = {
  // Names of codes (labels.ts).
  'label.listingKind.offer': 'Offer',
  'label.listingKind.demand': 'Demand',
  'label.listingStatus.draft': 'Draft',
  'label.listingStatus.pending_review': 'Pending review',
  'label.listingStatus.published': 'Published',
  'label.listingStatus.closed': 'Closed',
  'label.listingStatus.expired': 'Expired',
  'label.role.agency_officer': 'Agency officer',
  'label.role.focal_point': 'National focal point',
  'label.role.staff': 'AICD Secretariat',
  'label.role.admin': 'Administrator',
  'label.matchStage.suggested': 'Suggested',
  'label.matchStage.interested': 'Interest expressed',
  'label.matchStage.mutual': 'Mutual interest',
  'label.matchStage.agreed': 'Agreed',
  'label.matchStage.in_progress': 'In progress',
  'label.matchStage.completed': 'Completed',
  'label.matchStage.declined': 'Declined',
  'label.matchStage.dismissed': 'Dismissed',
  'label.channel.email': 'Email',
  'label.channel.in_app': 'In the app',
  'label.channel.webhook': 'Webhook',
  'label.frequency.immediate': 'Immediately',
  'label.frequency.daily': 'Daily digest',
  'label.frequency.weekly': 'Weekly digest',
  'label.deliveryStatus.pending': 'Pending',
  'label.deliveryStatus.held': 'Held for the digest',
  'label.deliveryStatus.gathering': 'Gathering with other new matches',
  'label.deliveryStatus.paused': 'Paused',
  'label.deliveryStatus.sending': 'Sending',
  'label.deliveryStatus.sent': 'Sent',
  'label.deliveryStatus.failed': 'Failed, will retry',
  'label.deliveryStatus.bounced': 'Refused by the mail server',
  'label.deliveryStatus.dead': 'Gave up',
  'label.deliveryStatus.digested': 'Sent in a digest',
  'label.deliveryStatus.skipped': 'Not sent',
  'label.campaignKind.participation': 'Participation',
  'label.campaignKind.expert_recruitment': 'Expert recruitment',
  'label.campaignKind.renewal': 'Renewal',
  'label.campaignKind.announcement': 'Announcement',
  'label.campaignStatus.draft': 'Draft',
  'label.campaignStatus.scheduled': 'Scheduled',
  'label.campaignStatus.active': 'Active',
  'label.campaignStatus.paused': 'Paused',
  'label.campaignStatus.completed': 'Completed',
  'label.campaignStatus.cancelled': 'Cancelled',
  'label.expertStatus.pending': 'Awaiting validation',
  'label.expertStatus.validated': 'Validated',
  'label.expertStatus.rejected': 'Rejected',
  'label.expertStatus.paused': 'Paused',
  'label.expertStatus.withdrawn': 'Withdrawn',
  'label.expertStatus.deactivated': 'Deactivated',

  // A language named inside a sentence ("can work in Spanish").
  'language.es': 'Spanish',
  'language.en': 'English',
  'language.pt': 'Portuguese',
  'language.fr': 'French',

  // A listing named in a sentence; `title` comes quoted.
  'listing.the': '{kind, select, offer {the offer {title}} demand {the demand {title}} other {{title}}}',
  'listing.your': '{kind, select, offer {your offer {title}} demand {your demand {title}} other {{title}}}',

  // The items a list leaves out.
  'list.more': '{count} more',
  'list.andMore': 'and {count} more',
  'list.pair': '{first} and {second}',

  // Why two listings match (@enlace/matching, reasons.ts).
  'reason.sdgTarget': 'Both address SDG {count, plural, one {target} other {targets}} {codes}',
  'reason.sdgGoal': 'Both contribute to {count, plural, one {SDG} other {SDGs}} {goals}',
  'reason.sector': 'Same {count, plural, one {sector} other {sectors}}: {names}',
  'reason.modality': 'The offer provides what the demand asks for: {names}',
  'reason.workingLanguage': 'Both sides can work in {names}',
  'reason.textSimilar': 'The texts deal with similar subjects',
  'reason.textTerms': 'The texts have in common {terms}',

  // The email that carries an expert's own link to their registration (@enlace/messages).
  'expertLink.subject': 'Your link to manage your expert registration',
  'expertLink.greeting': 'Hello {name},',
  'expertLink.why':
    'Someone, probably you, asked for a link to your registration on the Enlace roster of experts. With it you can correct your profile, pause your availability, withdraw, or ask for your data to be erased. Changes to a validated profile are reviewed by your country before they are shown.',
  'expertLink.expires': 'The link works until {date}. Do not forward it: whoever holds it can change your registration.',
  'expertLink.ignore': 'If you did not ask for it, ignore this message: nothing changes.',
  'expertLink.action': 'Manage my registration',
  'expertLink.footer': 'You receive this message because an expert registration on Enlace gives this address.',
  'expertLink.newLink': 'Ask for a new link',

  // What every notification shares (@enlace/messages, render/).
  'notifications.brand': 'Enlace · South-South Cooperation · OAS',
  'notifications.footer': 'You receive this message because of your notification settings in Enlace.',
  'notifications.settings': 'Change your notification settings',
  'notifications.unsubscribe': 'Unsubscribe',
  'notifications.action.viewMatch': 'View the match',
  'notifications.action.reply': 'Reply',
  'notifications.action.reviewListings': 'Review the listings',
  'notifications.action.confirmOrUpdate': 'Confirm or update',
  'notifications.action.learnMore': 'Learn more',
  'notifications.action.openEnlace': 'Open Enlace',
  'notifications.action.seeProfile': 'See the profile',
  'notifications.field.country': 'Country',
  'notifications.field.score': 'Match score',
  'notifications.field.whyTheyMatch': 'Why they match:',
  'notifications.field.theirMessage': 'Message from the other side:',
  'notifications.field.reasonGiven': 'Reason given:',
  'notifications.field.secretariatNote': 'Note from the Secretariat:',

  // match_new
  'notifications.matchNew.title': 'New match for {own}',
  'notifications.matchNew.summary': 'Enlace has found {counterpart} ({country}), which matches {own} with a score of {score}.',
  'notifications.matchNew.intro': 'Enlace has found a new match for {own}:',
  'notifications.matchNew.invite': 'If it interests you, you can express your interest on the match page.',
  // match_interest
  'notifications.matchInterest.title': '{country}: interest in the match with {own}',
  'notifications.matchInterest.said': 'The other side ({country}) is interested in the match between {between}.',
  'notifications.matchInterest.invite': 'If you are interested too, say so on the match page.',
  // match_mutual
  'notifications.matchMutual.title': 'Mutual interest in the match with {own}',
  'notifications.matchMutual.said': 'Both sides are interested in the match between {between}.',
  'notifications.matchMutual.nextShort': 'The next step is to agree on the terms: modality, dates and who does what.',
  'notifications.matchMutual.next':
    'The next step is to agree with the other side on the terms of the cooperation: the modality, the dates and who does what. Once you reach an agreement, record it on the match page.',
  // match_declined
  'notifications.matchDeclined.title': 'The other side declined the match with {own}',
  'notifications.matchDeclined.said': 'The other side ({country}) declined the match between {between}.',
  // match_progress
  'notifications.matchProgress.agreed.title': 'Agreement reached: {own}',
  'notifications.matchProgress.agreed.said': 'The two sides have agreed on the terms of the cooperation between {between}.',
  'notifications.matchProgress.in_progress.title': 'Cooperation started: {own}',
  'notifications.matchProgress.in_progress.said': 'The cooperation between {between} has started.',
  'notifications.matchProgress.completed.title': 'Cooperation completed: {own}',
  'notifications.matchProgress.completed.said': 'The cooperation between {between} has been completed.',
  'notifications.matchProgress.brokered': 'This match was proposed by the AICD Secretariat.',
  'notifications.matchProgress.thanks': 'Thank you for your contribution to South-South cooperation.',
  // match_brokered
  'notifications.matchBrokered.title': 'The AICD Secretariat proposes a match for {own}',
  'notifications.matchBrokered.said': 'The AICD Secretariat proposes a match between {between}.',
  'notifications.matchBrokered.invite': 'Please review it and say on the match page whether you are interested.',
  // review_pending
  'notifications.reviewPending.title': '{country}: {count, plural, one {# listing awaits your review} other {# listings await your review}}',
  'notifications.reviewPending.following':
    '{count, plural, one {The following listing awaits your review before publication:} other {The following listings await your review before publication:}}',
  'notifications.reviewPending.waiting': 'Waiting: {listings}.',
  // listing_expiring
  'notifications.listingExpiring.expires': '{listing} expires on {date}',
  'notifications.listingExpiring.expired': '{listing} expired on {date}',
  'notifications.listingExpiring.expiresWhen': 'It expires {when}.',
  'notifications.listingExpiring.expiredWhen': 'It expired {when}.',
  'notifications.listingExpiring.confirm': 'Please confirm or update it if you wish to keep it visible.',
  'notifications.listingExpiring.close': 'If it no longer applies, you can close it.',
  // expert_pending
  'notifications.expertPending.title': '{country}: {name} registered as an expert',
  'notifications.expertPending.ask':
    "Check the profile and validate or reject it: only validated experts appear in the roster and in other countries' matches.",
  // expert_pending, for a validated expert's own change
  'notifications.expertRevision.title': '{country}: {name} changed their expert profile',
  'notifications.expertRevision.ask': 'Check the change and publish it or send it back: the validated profile stays public until you decide.',
  // digest
  'notifications.digest.daily.title': 'Your daily Enlace digest: {count, plural, =0 {no updates} one {# update} other {# updates}}',
  'notifications.digest.weekly.title': 'Your weekly Enlace digest: {count, plural, =0 {no updates} one {# update} other {# updates}}',
  'notifications.digest.none': 'There are no updates.',
  'notifications.digest.intro': 'Here are your Enlace updates, in chronological order:',

  // The page an email's unsubscribe link opens (services/api, routes/unsubscribe.ts).
  'unsubscribe.title': 'Enlace emails',
  'unsubscribe.ask': 'Stop receiving Enlace emails? You will still see your notifications in the in-app inbox.',
  'unsubscribe.button': 'Stop emails',
  'unsubscribe.done': 'Done: you will no longer receive Enlace emails. You can turn them back on in your notification settings.',
  'unsubscribe.already': 'This address no longer receives Enlace emails.',

  // What is wrong with a field, by the stable `code` of a problem's `errors` item.
  'errors.invalid': 'This value is not valid.',
  'errors.required': 'This field is required.',
  'errors.invalid_type': 'This value is not of the expected type.',
  'errors.invalid_format': 'This value is not in the expected format.',
  'errors.invalid_value': 'This value is not one of those allowed.',
  'errors.too_small': 'This value is too short or too small.',
  'errors.too_big': 'This value is too long or too large.',
  'errors.not_multiple_of': 'This number is not a multiple of the expected step.',
  'errors.unrecognized_keys': 'This field is not expected here.',
  'errors.unknown_field': 'This field is not expected here.',
  'errors.invalid_union': 'This value matches none of the accepted forms.',
  'errors.custom': 'This value is not valid.',
  'errors.forbidden_country': 'You cannot act for this country.',
  'errors.too_large': 'This is larger than the service accepts.',
  'errors.unsupported_media_type': 'This content type is not accepted here.',
  'errors.unavailable': 'This service is unavailable right now; please try again shortly.',
  // The concise report's tables (CSV and workbook).
  'report.sheet.figures': 'Key figures',
  'report.sheet.themes': 'Themes',
  'report.sheet.unmet': 'Unmet demands',
  'report.sheet.completed': 'Completed cooperation',
  'report.column.figure': 'Figure',
  'report.column.current': 'This period',
  'report.column.previous': 'Previous period',
  'report.column.change': 'Change',
  'report.column.theme': 'Theme',
  'report.column.sector': 'Sector',
  'report.column.count': 'Listings',
  'report.column.title': 'Title',
  'report.column.country': 'Country',
  'report.column.sectors': 'Sectors',
  'report.column.publishedAt': 'Published',
  'report.column.provider': 'Provider',
  'report.column.recipient': 'Recipient',
  'report.column.offer': 'Offer',
  'report.column.demand': 'Demand',
  'report.column.completedAt': 'Completed',
  'report.column.summary': 'What was done',
  'report.column.lessons': 'Lessons learned',
  'report.theme.offered': 'Most offered',
  'report.theme.asked': 'Most asked for',
  'report.figure.offers': 'Offers published',
  'report.figure.demands': 'Demands published',
  'report.figure.membersPresent': 'Member states with a listing published',
  'report.figure.matchesFound': 'Matches found',
  'report.figure.cooperationAgreed': 'Cooperation agreed',
  'report.figure.cooperationCompleted': 'Cooperation completed',
  // success stories
  'notifications.storyApproval.title': 'A success story awaits your approval: {title}',
  'notifications.storyApproval.drafted':
    'People of {author} drafted a success story about the cooperation between {provider} and {recipient}. It is published only when the focal points of both countries have approved it.',
  'notifications.storyApproval.edited':
    'The success story about the cooperation between {provider} and {recipient} was changed. Your consent was given to the earlier text: please read it and approve it again.',
  'notifications.storyApproval.ask': 'Read it, then approve it or withdraw it on its page.',
  'notifications.storyPublished.title': 'Success story published: {title}',
  'notifications.storyPublished.said':
    'The focal points of {provider} and {recipient} approved the story of their cooperation: it is now public, in the four languages of Enlace, and in its news feed.',
  'notifications.action.readStory': 'Read the story',
  // match_burst
  'notifications.matchBurst.title':
    '{total, plural, one {# new match} other {# new matches}} for {listings, plural, one {# of your listings} other {# of your listings}}',
  'notifications.matchBurst.group': '{own}: {count, plural, one {# new match} other {# new matches}}',
  'notifications.matchBurst.burst': 'New matches since the last message, best first:',
  'notifications.matchBurst.import': 'Matches found with the listings just imported, best first:',
  'notifications.matchBurst.more':
    'And {count, plural, one {# more match} other {# more matches}} for {listings, plural, =0 {your listings above} one {# of your listings} other {# of your listings}}: see them all in Enlace.',
  'notifications.matchBurst.why':
    'To keep your mailbox readable, Enlace gathers the matches of a busy period into one message; the first match after a quiet period still comes at once.',
  'notifications.action.seeMatches': 'See all the matches',
  'notifications.cap.last':
    'This is the last of the {cap, plural, one {# suggestion email} other {# suggestion emails}} you receive in a day, as your settings say: further new matches wait for one digest at {hour} UTC. You can change this in your notification settings.',
} satisfies Record<string, string>;
