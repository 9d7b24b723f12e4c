package org.kapfinder.server.http;

/**
 * A request the API refuses, with the HTTP status, a stable machine-readable code, a sentence for
 * people, and the parameter at fault when there is one. The message never echoes raw input beyond
 * what identifies the problem.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String parameter;

  public ApiException(int status, String code, String message, String parameter) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }

  /** A 400 for one bad parameter. */
  public static ApiException invalidParameter(String parameter, String message) {
    return new ApiException(400, "invalid_parameter", message, parameter);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message, null);
  }

  /** A 405 for a path that exists but does not answer this method. */
  public static ApiException methodNotAllowed(String allowed) {
    return new ApiException(
        405, "method_not_allowed", "This path answers " + allowed + " only.", null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String parameter() {
    return parameter;
  }
}
