# One image for every ebm role: the command chooses it.
#   docker build -t ghcr.io/ebm-mcmc/ebm:0.1.0 .
#   docker run IMAGE run /app/experiments/SPEC.yaml --nats URL ...   (coordinator)
#   docker run IMAGE worker --nats URL --threads 4 ...               (worker)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies first, so source edits do not re-download them; scripts run after the copy.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/experiments ./experiments
RUN ln -s /app/bin/ebm.js /usr/local/bin/ebm && mkdir -p /runs && chown node:node /runs
USER node
# /metrics, when started with --metrics-port 9464 --metrics-host 0.0.0.0.
EXPOSE 9464
ENTRYPOINT ["ebm"]
CMD ["--help"]
