# The Career Graph API. Neo4j runs in its own container (docker-compose.yml), so NEO4J_URI is set
# and the API never tries to start a local Neo4j.

# Build stage: the explorer web UI (Vite; a devDependency) into web/dist.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY web ./web
COPY tsconfig.json ./
RUN npm run build:web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY tsconfig.json ./
COPY schema ./schema
COPY seeds ./seeds
COPY data ./data
COPY src ./src
COPY --from=web /app/web/dist ./web/dist
EXPOSE 4000
USER node
# tsx is a production dependency: it runs the TypeScript sources directly (no build step to forget).
CMD ["node", "--max-semi-space-size=4", "--import", "tsx", "src/main.ts"]
