CREATE TABLE "listing_profiles" (
	"listing_id" uuid PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"pivot_title" text NOT NULL,
	"pivot_description" text NOT NULL,
	"profile" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"offer_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"score" real NOT NULL,
	"reasons" jsonb NOT NULL,
	"offer_version" integer NOT NULL,
	"demand_version" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"announced_by" bigint,
	CONSTRAINT "matches_offer_id_demand_id_pk" PRIMARY KEY("offer_id","demand_id")
);
--> statement-breakpoint
ALTER TABLE "listing_profiles" ADD CONSTRAINT "listing_profiles_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_offer_id_listings_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_demand_id_listings_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matches_demand_score_idx" ON "matches" USING btree ("demand_id","score" desc);--> statement-breakpoint
CREATE INDEX "matches_offer_score_idx" ON "matches" USING btree ("offer_id","score" desc);