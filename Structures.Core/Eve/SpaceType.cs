namespace Structures.Core.Eve;

public enum SpaceType
{
    HighSec,
    LowSec,
    NullSec,
    Wormhole,
}
