# syntax=docker/dockerfile:1
# One image for every Baeum service; SERVICE picks which one runs.
#   docker build --build-arg SERVICE=examination -t baeum-examination .
# The health check lives in docker-compose.yml (and probes in deploy/k8s), not here.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# npm workspaces need every workspace's package.json before `npm ci`, so the whole
# (docker-ignored) tree goes in at once; the cache mount keeps downloads between builds.
COPY . .
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Root-owned and read-only to the app user; the gateway serves the web app's build from /app/dist/apps/web.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
ARG SERVICE
ENV SERVICE=${SERVICE}
# uid/gid 1000 is the image's `node` user; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 3000 3001 3002 3003 3004 3005
# exec: node becomes PID 1 and receives SIGTERM itself (graceful drain of consumer and outbox relay).
CMD ["/bin/sh", "-c", ": \"${SERVICE:?SERVICE is not set: build with --build-arg SERVICE=<name> or set it at run time}\"; exec node \"dist/services/${SERVICE}/src/main.js\""]
