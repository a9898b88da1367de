CREATE TABLE "listing_translations" (
	"listing_id" uuid NOT NULL,
	"language" char(2) NOT NULL,
	"content_hash" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listing_translations_listing_id_language_pk" PRIMARY KEY("listing_id","language")
);
--> statement-breakpoint
ALTER TABLE "listing_translations" ADD CONSTRAINT "listing_translations_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;