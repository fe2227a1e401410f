using Structures.Core.Data;
using Structures.Core.Owners;

namespace Structures.Core.Structures;

// What one sync run leaves on its owner: how each stage went, and a notice for each character that stopped syncing.
internal static class SyncRunRecord
{
    // Admins are told when a character stops syncing, and why; the last one going means the owner is down.
    public static void NoticeDisabled(StructuresDbContext db, Owner owner, List<OwnerCharacter> enabledBefore, DateTime now)
    {
        var disabled = enabledBefore.Where(c => !c.IsEnabled).ToList();
        var left = owner.Characters.Count(c => c.IsEnabled);
        foreach (var character in disabled)
        {
            db.AdminNotices.Add(Notices.NewNotice.CharacterDisabled(now, owner.CorporationId, owner.CorporationName, character.CharacterName,
                character.DisabledReason ?? "", lastGone: left == 0));
        }
    }

    public static void RecordStatus(Owner owner, OwnerSnapshot snapshot, DateTime now)
    {
        if (snapshot.StructuresComplete)
        {
            owner.StructuresSync.Succeeded(now);
        }
        else
        {
            owner.StructuresSync.Failed(now, string.Join(" ", snapshot.StructureErrors));
        }

        if (snapshot.AssetsComplete)
        {
            owner.AssetsSync.Succeeded(now);
        }
        else
        {
            owner.AssetsSync.Failed(now, string.Join(" ", snapshot.AssetErrors));
        }
    }
}
