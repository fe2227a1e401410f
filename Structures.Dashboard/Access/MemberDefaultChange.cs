using Structures.Core.Access;

namespace Structures.Dashboard.Access;

// An admin ticked (On) or cleared a permission that members of owner corporations hold by default.
public sealed record MemberDefaultChange(Permission Permission, bool On);
