CREATE TABLE "import_body_parts" (
	"import_id" uuid NOT NULL,
	"part" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "import_body_parts_import_id_part_pk" PRIMARY KEY("import_id","part")
);
--> statement-breakpoint
ALTER TABLE "import_body_parts" ADD CONSTRAINT "import_body_parts_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- As the whole body was (0013): lz4 where the server has it.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE import_body_parts ALTER COLUMN text SET COMPRESSION lz4;
  END IF;
END $$;
--> statement-breakpoint
-- An import still waiting or running keeps its body, as one part: the job reads parts
-- whatever their size.
INSERT INTO "import_body_parts" ("import_id", "part", "text") SELECT "id", 0, "body" FROM "imports" WHERE "body" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" DROP COLUMN "body";
