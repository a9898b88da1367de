ALTER TYPE "public"."expert_status" ADD VALUE 'paused';--> statement-breakpoint
ALTER TYPE "public"."expert_status" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TYPE "public"."expert_status" ADD VALUE 'deactivated';