package org.kapfinder.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies a {@link TestServer} over the mini corpus's index, built and started once per test run
 * and shared by every class that asks for one (building the index takes seconds). Test classes take
 * it as a {@code @BeforeAll} parameter; JUnit closes it when the run ends. Tests must not change
 * what it serves.
 */
public final class MiniServer implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MiniServer.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Shared.class, key -> Shared.start(), Shared.class)
        .server;
  }

  /** The server and its index folder, removed together at the end of the run. */
  private static final class Shared implements AutoCloseable {
    final Path indexDir;
    final TestServer server;

    private Shared(Path indexDir, TestServer server) {
      this.indexDir = indexDir;
      this.server = server;
    }

    static Shared start() {
      try {
        Path indexDir = MiniIndex.dir();
        return new Shared(indexDir, TestServer.start(indexDir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      // The index belongs to MiniIndex, which removes it when the test JVM exits.
      server.close();
    }
  }
}
