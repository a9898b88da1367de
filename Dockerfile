# One image for the API and the worker; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
# Apertium translates listings into the pivot language the ranking reads.
RUN apt-get update \
  && apt-get install -y --no-install-recommends apertium apertium-fr-es apertium-es-pt apertium-eng-spa \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY packages/config/package.json packages/config/
COPY packages/db/package.json packages/db/
COPY packages/devstack/package.json packages/devstack/
COPY packages/domain/package.json packages/domain/
COPY packages/queue/package.json packages/queue/
COPY packages/registry/package.json packages/registry/
COPY services/api/package.json services/api/
COPY services/worker/package.json services/worker/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
USER node
EXPOSE 3000
CMD ["npx", "tsx", "services/api/src/main.ts"]
