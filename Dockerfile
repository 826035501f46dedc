# Emcee in a container. Build: docker build -t emcee .   Run: see README.md ("Running in a container").

# Build stage: the same build command as ./emcee and CI (bin/build-app, the Maven Wrapper).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./bin/build-app -q

# Run stage: a slim Java 17 runtime, a non-root user, config and data as volumes, tokens from the environment.
FROM eclipse-temurin:17-jre
RUN groupadd --system emcee && useradd --system --gid emcee --uid 10001 --home-dir /app --no-create-home emcee \
    && mkdir -p /app/config /app/data && chown emcee:emcee /app/data
WORKDIR /app
COPY --from=build /src/bot-app/target/emcee.jar /app/emcee.jar
COPY config/ /app/config/
USER emcee
VOLUME ["/app/config", "/app/data"]
ENV EMCEE_HTTP_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-cp", "/app/emcee.jar", "dev.emcee.app.HealthProbe"]
# The same command line .ci/run starts to prove this stage works.
ENTRYPOINT ["java", "-jar", "/app/emcee.jar", "--config", "/app/config", "--data", "/app/data"]
CMD ["run"]
