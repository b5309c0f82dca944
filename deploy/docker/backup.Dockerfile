# syntax=docker/dockerfile:1
# The backup tool (packages/backup), run by the oms-backup CronJob. Build from the repository root:
#   docker build -f deploy/docker/backup.Dockerfile -t oms/backup .
# Stages: prune (only @oms/backup and the workspaces it depends on, with their part of the lockfile),
# build (npm ci + turbo build), runtime (production dependencies and compiled output, as the node user).

FROM node:20.20.2-bookworm-slim AS prune
WORKDIR /repo
COPY . .
RUN npx --yes turbo@2.11.9 prune @oms/backup --docker --out-dir /pruned

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
# Dependencies first, from the pruned manifests and lockfile, so the layer is cached until they change.
# --ignore-scripts: nothing here needs an install script, and the root `prepare` would build too early.
COPY --from=prune /pruned/json/ ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY --from=prune /pruned/full/ ./
COPY --from=prune /repo/tsconfig.base.json ./
RUN npx turbo run build --filter=@oms/backup... --output-logs=errors-only \
  && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only for the process: it writes only to /tmp (and DATA_DIR, when SQLite is used).
COPY --from=build /app ./
USER node
ENTRYPOINT ["node", "packages/backup/dist/cli.js"]
CMD ["backup"]
