using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Owners;

// What admins may change on an owner. Everything else comes from EVE.
public sealed class OwnerForm
{
    public bool IsActive { get; set; } = true;
    public bool IsAllianceMain { get; set; }
    public bool IsIncludedInServiceStatus { get; set; } = true;
    public bool HasDefaultPingsEnabled { get; set; } = true;
    public bool AreCustomsOfficesPublic { get; set; }

    [RegularExpression(@"^\s*(\d{17,20}\s*(,\s*\d{17,20}\s*)*)?$", ErrorMessageResourceType = typeof(OwnerAdminWords), ErrorMessageResourceName = nameof(OwnerAdminWords.RoleIds))]
    [StringLength(500)]
    public string PingRoleIds { get; set; } = "";

    public static OwnerForm Of(Owner owner) => new()
    {
        IsActive = owner.IsActive,
        IsAllianceMain = owner.IsAllianceMain,
        IsIncludedInServiceStatus = owner.IsIncludedInServiceStatus,
        HasDefaultPingsEnabled = owner.HasDefaultPingsEnabled,
        AreCustomsOfficesPublic = owner.AreCustomsOfficesPublic,
        PingRoleIds = owner.PingRoleIds,
    };

    public void ApplyTo(Owner owner)
    {
        owner.IsActive = IsActive;
        owner.IsAllianceMain = IsAllianceMain;
        owner.IsIncludedInServiceStatus = IsIncludedInServiceStatus;
        owner.HasDefaultPingsEnabled = HasDefaultPingsEnabled;
        owner.AreCustomsOfficesPublic = AreCustomsOfficesPublic;
        owner.PingRoleIds = string.Join(',', PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
