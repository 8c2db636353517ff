# reglint in a container, for CI. Two stages: the Swift toolchain builds a release binary with
# the Swift runtime linked statically (scripts/build-release.sh); the final image holds that
# binary and libxml2 only.
#
#   docker build -t reglint .
#   docker run --rm -v "$PWD:/repo" reglint check .          # the working folder is /repo
#
# Exit codes are reglint's own (0, 1 findings, 2 usage or no document, 3 unreadable input).

# The toolchain reglint is developed with (Swift 6.3); any Swift 6 image on Debian 12 should do.
ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libxml2-dev pkg-config binutils \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN scripts/build-release.sh /usr/local/bin/reglint

FROM ${RUNTIME_IMAGE}
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libxml2 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/reglint /usr/local/bin/reglint
WORKDIR /repo
ENTRYPOINT ["/usr/local/bin/reglint"]
CMD ["check", "."]
