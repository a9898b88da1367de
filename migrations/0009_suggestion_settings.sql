ALTER TABLE "deliveries" ADD COLUMN "capped" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "burst_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "daily_suggestion_emails" integer DEFAULT 20 NOT NULL;