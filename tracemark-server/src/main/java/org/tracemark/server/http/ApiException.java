package org.tracemark.server.http;

/**
 * A request that cannot be served, with the HTTP status, a stable machine code and a one-line message for people
 * (Chinese first where it comes from the store). Messages never hold personal data.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
