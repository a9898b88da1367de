CREATE TABLE "expert_profiles" (
	"expert_id" uuid PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"pivot_profile" text NOT NULL,
	"profile" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_suggestions" (
	"demand_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"expert_hash" text NOT NULL,
	"score" double precision NOT NULL,
	"reasons" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expert_suggestions_demand_id_expert_id_pk" PRIMARY KEY("demand_id","expert_id")
);
--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_suggestions" ADD CONSTRAINT "expert_suggestions_demand_id_listings_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_suggestions" ADD CONSTRAINT "expert_suggestions_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expert_suggestions_demand_score_idx" ON "expert_suggestions" USING btree ("demand_id","score" DESC NULLS LAST,"expert_id");--> statement-breakpoint
CREATE INDEX "expert_suggestions_expert_idx" ON "expert_suggestions" USING btree ("expert_id");