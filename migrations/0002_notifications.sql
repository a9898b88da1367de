CREATE TYPE "public"."campaign_kind" AS ENUM('participation', 'expert_recruitment', 'renewal', 'announcement');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'scheduled', 'active', 'paused', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('email', 'in_app', 'webhook');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'held', 'paused', 'sending', 'sent', 'failed', 'bounced', 'dead', 'digested', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."expert_status" AS ENUM('pending', 'validated', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."frequency" AS ENUM('immediate', 'daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."match_stage" AS ENUM('suggested', 'interested', 'mutual', 'agreed', 'in_progress', 'completed', 'declined', 'dismissed');--> statement-breakpoint
CREATE TABLE "match_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"match_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_stage" "match_stage",
	"to_stage" "match_stage" NOT NULL,
	"side" "listing_kind",
	"actor_user_id" uuid,
	"message" text,
	"detail" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notification_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"status" "delivery_status" NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"generation" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"digest_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expiry_reminders" (
	"listing_id" uuid NOT NULL,
	"valid_until" date NOT NULL,
	"days_before" integer NOT NULL,
	"outbox_id" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expiry_reminders_listing_id_valid_until_days_before_pk" PRIMARY KEY("listing_id","valid_until","days_before")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_key" text NOT NULL,
	"recipient_user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"language" char(2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"channels" "channel"[] NOT NULL,
	"frequency" "frequency" DEFAULT 'immediate' NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdg_goals" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"min_score" real DEFAULT 0 NOT NULL,
	"language" char(2) NOT NULL,
	"digest_hour" integer DEFAULT 8 NOT NULL,
	"digest_weekday" integer DEFAULT 1 NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_countries" (
	"campaign_id" uuid NOT NULL,
	"country" char(2) NOT NULL,
	"first_message_at" timestamp with time zone NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL,
	"messages" integer DEFAULT 1 NOT NULL,
	"met_at" timestamp with time zone,
	CONSTRAINT "campaign_countries_campaign_id_country_pk" PRIMARY KEY("campaign_id","country")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "campaign_kind" NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"audience" jsonb NOT NULL,
	"goal" jsonb NOT NULL,
	"messages" jsonb NOT NULL,
	"default_language" char(2) NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"send_at" timestamp with time zone,
	"reminder_every_days" integer,
	"rounds" integer DEFAULT 0 NOT NULL,
	"last_round_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" "expert_status" DEFAULT 'pending' NOT NULL,
	"name" text NOT NULL,
	"country" char(2) NOT NULL,
	"institution_id" uuid,
	"sectors" text[] NOT NULL,
	"sdg_targets" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdg_goals" integer[] NOT NULL,
	"working_languages" text[] NOT NULL,
	"availability" text,
	"profile" text NOT NULL,
	"language" char(2) NOT NULL,
	"contact" jsonb NOT NULL,
	"created_by" uuid,
	"reviewed_by" uuid,
	"review_note" text,
	"campaign_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"validated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "processed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "stage" "match_stage" DEFAULT 'suggested' NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "stage_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "offer_interest_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "demand_interest_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "agreement" jsonb;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "offer_agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "demand_agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "outcome" jsonb;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "brokered_by" uuid;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "broker_note" text;--> statement-breakpoint
-- The pair's id must be unique before match_events can refer to it.
CREATE UNIQUE INDEX "matches_id_key" ON "matches" USING btree ("id");--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expiry_reminders" ADD CONSTRAINT "expiry_reminders_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_countries" ADD CONSTRAINT "campaign_countries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_events_match_idx" ON "match_events" USING btree ("match_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_notification_channel_key" ON "deliveries" USING btree ("notification_id","channel");--> statement-breakpoint
CREATE INDEX "deliveries_open_idx" ON "deliveries" USING btree ("status","id") WHERE "deliveries"."status" in ('pending', 'sending', 'failed', 'held', 'dead', 'bounced');--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_event_recipient_key" ON "notifications" USING btree ("event_key","recipient_user_id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_user_id","created_at" desc);--> statement-breakpoint
CREATE INDEX "experts_country_status_idx" ON "experts" USING btree ("country","status");--> statement-breakpoint
CREATE INDEX "experts_sectors_idx" ON "experts" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "experts_sdg_goals_idx" ON "experts" USING gin ("sdg_goals");--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_brokered_by_users_id_fk" FOREIGN KEY ("brokered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_country_role_idx" ON "users" USING btree ("country","role");--> statement-breakpoint
CREATE INDEX "outbox_unprocessed_idx" ON "outbox" USING btree ("topic","id") WHERE "outbox"."dispatched_at" is not null and "outbox"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "matches_stage_idx" ON "matches" USING btree ("stage") WHERE "matches"."stage" <> 'suggested';