# One image for the API, the worker and the web interface (docker-compose.yml picks the command):
#   API     node services/api/dist/main.js   (the default)
#   worker  node --max-semi-space-size=64 services/worker/dist/main.js
#   web     node services/web/dist/main.js   (port 3100; API_URL points at the API)
#   CLI     node services/api/dist/cli.js migrate | demo seed | users create … (see README)
# The runtime holds the built JavaScript and production dependencies only: no tsx,
# TypeScript, test tools or the development Meilisearch binary. .ci/production-check runs
# these same steps without Docker on every CI run.

# Build: every dependency, then `npm run build` bundles each service into dist/, and the
# stage step lays out what the runtime needs (manifests/ to install, app/ to copy over).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund \
  && npm run build \
  && node scripts/build.mjs stage /stage

FROM node:20-bookworm-slim
# Apertium translates listings into the pivot language the ranking reads.
RUN apt-get update \
  && apt-get install -y --no-install-recommends apertium apertium-fr-es apertium-es-pt apertium-eng-spa \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production NODE_OPTIONS=--enable-source-maps
# Every workspace's package.json and the lock, so that npm ci matches the lock exactly;
# this layer is reused as long as no manifest changes.
COPY --from=build /stage/manifests/ ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# The bundles (with source maps), the migrations and the demonstration seed data.
COPY --from=build /stage/app/ ./
USER node
EXPOSE 3000 3100
CMD ["node", "services/api/dist/main.js"]
