-- An import's body (up to tens of MiB of JSON Lines) is written once, on upload, and read
-- once, by the job. pglz, the default, took about 2 s to compress a 55 MiB body on the
-- import bench's machine; lz4 takes about 1 s and reads back as fast. A server built
-- without lz4 keeps pglz.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE imports ALTER COLUMN body SET COMPRESSION lz4;
  END IF;
END $$;
