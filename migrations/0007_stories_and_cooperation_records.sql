CREATE TYPE "public"."cooperation_instrument" AS ENUM('programme', 'project', 'action');--> statement-breakpoint
CREATE TYPE "public"."cooperation_type" AS ENUM('bilateral', 'triangular', 'regional');--> statement-breakpoint
CREATE TYPE "public"."story_status" AS ENUM('draft', 'awaiting_approval', 'published', 'withdrawn');--> statement-breakpoint
CREATE TABLE "story_approvals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"story_id" uuid NOT NULL,
	"country" char(2) NOT NULL,
	"story_version" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_translations" (
	"story_id" uuid NOT NULL,
	"language" char(2) NOT NULL,
	"story_version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"results" text NOT NULL,
	"lessons" text NOT NULL,
	"testimonial" text,
	"translated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_translations_story_id_language_pk" PRIMARY KEY("story_id","language")
);
--> statement-breakpoint
CREATE TABLE "success_stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"status" "story_status" DEFAULT 'draft' NOT NULL,
	"language" char(2) NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"results" text NOT NULL,
	"lessons" text NOT NULL,
	"testimonial" text,
	"testimonial_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"author_user_id" uuid,
	"author_country" char(2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE TABLE "cooperation_records" (
	"match_id" uuid PRIMARY KEY NOT NULL,
	"instrument" "cooperation_instrument" NOT NULL,
	"cooperation_type" "cooperation_type" NOT NULL,
	"approved_on" date,
	"starts_on" date,
	"ends_on" date,
	"participants" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "story_approvals" ADD CONSTRAINT "story_approvals_story_id_success_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_approvals" ADD CONSTRAINT "story_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_translations" ADD CONSTRAINT "story_translations_story_id_success_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."success_stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_records" ADD CONSTRAINT "cooperation_records_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_records" ADD CONSTRAINT "cooperation_records_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "story_approvals_version_country_key" ON "story_approvals" USING btree ("story_id","story_version","country");--> statement-breakpoint
CREATE UNIQUE INDEX "success_stories_match_key" ON "success_stories" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "success_stories_published_idx" ON "success_stories" USING btree ("published_at") WHERE "success_stories"."status" = 'published';