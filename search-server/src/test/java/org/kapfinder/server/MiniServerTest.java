package org.kapfinder.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the test classes that ask one real server over the shared mini index: started on a free
 * port before a class's tests, closed after them. Test classes run one after another, so the field
 * holds the server of the class that is running.
 */
public abstract class MiniServerTest {

  protected static TestServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = TestServer.start(MiniIndex.dir());
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }
}
