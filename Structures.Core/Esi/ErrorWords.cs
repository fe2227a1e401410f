namespace Structures.Core.Esi;

// The error texts of ESI, EVE SSO and syncs that pages and notices show: ErrorWords.resx holds each in English as it
// is stored, ErrorWords.<language>.resx its translation (ErrorText).
public sealed class ErrorWords;
