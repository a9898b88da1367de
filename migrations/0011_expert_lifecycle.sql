ALTER TYPE "public"."expert_status" ADD VALUE 'paused';--> statement-breakpoint
ALTER TYPE "public"."expert_status" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TYPE "public"."expert_status" ADD VALUE 'deactivated';--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "experts_external_id_key" ON "experts" USING btree ("external_id");