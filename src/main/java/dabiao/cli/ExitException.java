package dabiao.cli;

/** Ends a command with an exit status and a one-line message for stderr. */
public final class ExitException extends RuntimeException {

    private final int status;

    public ExitException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
