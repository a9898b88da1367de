CREATE TABLE "expert_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expert_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"status" "revision_status" DEFAULT 'pending' NOT NULL,
	"reviewer_user_id" uuid,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "expert_revisions" ADD CONSTRAINT "expert_revisions_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_revisions" ADD CONSTRAINT "expert_revisions_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expert_revisions_one_pending_key" ON "expert_revisions" USING btree ("expert_id") WHERE "expert_revisions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "expert_revisions_expert_idx" ON "expert_revisions" USING btree ("expert_id","created_at");