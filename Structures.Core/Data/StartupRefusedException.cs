namespace Structures.Core.Data;

// The app will not start as configured; the message tells the operator what to change. The host catches it and
// logs the message as one line instead of a stack trace.
public sealed class StartupRefusedException(string message) : Exception(message);
