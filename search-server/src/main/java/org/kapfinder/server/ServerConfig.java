package org.kapfinder.server;

import java.nio.file.Path;

/** Where the server listens and which index it serves. */
public record ServerConfig(String host, int port, Path indexDir) {}
