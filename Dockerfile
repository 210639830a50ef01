# docsift in a container: build the jar with Maven and JDK 21, run it on a JRE as a non-root user.
#   docker build -t docsift .
#   docker run -p 7070:7070 -v /path/to/docs:/data/corpus:ro -v docsift-index:/data/index \
#              -v docsift-analytics:/data/analytics docsift
# Settings through DOCSIFT_* variables (README, Command line), e.g. -e DOCSIFT_ADMIN_TOKEN=...

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
# Dependencies first, so a change to the sources does not download them again.
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
COPY web web
COPY corpus corpus
RUN mvn -q -B -o -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin docsift \
    && mkdir -p /data/corpus /data/index /data/analytics && chown -R docsift /data
COPY --from=build /src/target/docsift.jar /opt/docsift/docsift.jar
USER docsift
WORKDIR /data
VOLUME ["/data/corpus", "/data/index", "/data/analytics"]
# The container's address, not loopback, so that the published port reaches it. Metrics and the analytics
# API stay admin-only: from outside the container they need DOCSIFT_ADMIN_TOKEN.
ENV DOCSIFT_HOST=0.0.0.0 \
    DOCSIFT_CORPUS=/data/corpus \
    DOCSIFT_INDEX=/data/index \
    DOCSIFT_ANALYTICS_DIR=/data/analytics \
    JAVA_TOOL_OPTIONS="-XX:+UseParallelGC -XX:MaxRAMPercentage=75"
EXPOSE 7070
# The JRE image has no curl; bash's /dev/tcp sends the request and the status line is checked.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/7070 && printf "GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-jar", "/opt/docsift/docsift.jar", "serve"]
