# syntax=docker/dockerfile:1
# vitae in a container:
#   docker build -t vitae .
#   docker run --rm -v "$PWD:/data" vitae parse /data/resume.pdf
#   docker run --rm -v "$PWD:/data" vitae batch /data/in -o /data/out
# The image runs as the unprivileged user "vitae" (uid 10001); to write into a folder of yours,
# run it as yourself: docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/data" vitae ...

# Build stage: the same `mvn package` that builds dist/target/vitae-VERSION.tar.gz anywhere.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The tests ran in CI; the cache mount keeps ~/.m2 between builds, not in the image.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -DskipTests -pl dist -am package \
 && mkdir /opt/vitae \
 && tar -xzf dist/target/vitae-*.tar.gz -C /opt/vitae --strip-components=1

# Runtime stage: a JRE and the unpacked distribution, nothing else.
FROM eclipse-temurin:17-jre
COPY --from=build /opt/vitae /opt/vitae
RUN ln -s /opt/vitae/bin/vitae /usr/local/bin/vitae \
 && useradd --system --uid 10001 --user-group --no-create-home --home-dir /data vitae \
 && mkdir -p /data && chown vitae:vitae /data
# The image bundles Stanford CoreNLP (in lib/vitae.jar), as the archive does: see /opt/vitae/NOTICE.
LABEL org.opencontainers.image.title="vitae" \
      org.opencontainers.image.description="Resumes (PDF, DOCX, HTML, Markdown, text) to JSON Resume" \
      org.opencontainers.image.licenses="GPL-3.0-or-later"
USER vitae
WORKDIR /data
ENTRYPOINT ["vitae"]
CMD ["--help"]
