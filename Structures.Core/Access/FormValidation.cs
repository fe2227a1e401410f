using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Access;

// Core checks the same data annotations the forms show, so a direct call cannot store what a form would refuse.
public static class FormValidation
{
    public static string? FirstError(object model)
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true)
            ? null
            : results[0].ErrorMessage;
    }
}
