namespace Structures.Dashboard.CustomsOffices;

// The words of the customs-office list: the page and its table.
public sealed class CustomsOfficeText;
