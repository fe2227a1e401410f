using System.ComponentModel.DataAnnotations;
using Structures.Core.Access;

namespace Structures.Dashboard.Access;

// The "grant a permission" form.
public sealed class GrantRequest
{
    [Required(ErrorMessage = "Choose who receives the permission.")]
    public Grantee? Grantee { get; set; }

    [Required(ErrorMessage = "Choose a permission.")]
    public Permission? Permission { get; set; }
}
