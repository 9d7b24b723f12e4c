package org.kapfinder.server.query;

/** A request value that cannot be used, naming the parameter; the API answers it with a 400. */
public final class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(message, null, false, false);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
