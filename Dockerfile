# The Career Graph API. Neo4j runs in its own container (docker-compose.yml), so NEO4J_URI is set
# and the API never tries to start a local Neo4j.

# Build stage: the explorer web UI (Vite; a devDependency) into web/dist, and the API's
# TypeScript (tsc, a devDependency) into dist/.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY web ./web
COPY tsconfig.json tsconfig.build.json ./
RUN npm run build:web
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# patches/: fixes to dependencies (patches/README.md), applied here as `npm ci`'s postinstall does
# elsewhere (install scripts stay off in the image).
COPY patches ./patches
RUN npm ci --omit=dev --ignore-scripts && npx patch-package && npm cache clean --force
COPY tsconfig.json ./
COPY schema ./schema
COPY seeds ./seeds
COPY data ./data
COPY src ./src
COPY --from=web /app/web/dist ./web/dist
COPY --from=web /app/dist ./dist
EXPOSE 4000
USER node
# The production build: ~23 MiB less resident memory than running the sources through tsx
# (docs/performance.md). The sources stay in the image for the batch commands (npm run import, tsx).
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=224", "--no-allocation-site-pretenuring", "dist/src/main.js"]
