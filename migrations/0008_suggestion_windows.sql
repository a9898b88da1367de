ALTER TYPE "public"."delivery_status" ADD VALUE 'gathering' BEFORE 'paused';--> statement-breakpoint
CREATE TABLE "suggestion_windows" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "suggestion_windows" ADD CONSTRAINT "suggestion_windows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;