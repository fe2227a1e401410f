using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdminNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: true),
                    IsRead = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Characters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CorporationId = table.Column<long>(type: "INTEGER", nullable: true),
                    AllianceId = table.Column<long>(type: "INTEGER", nullable: true),
                    CorporationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AllianceName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MainCharacterId = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstLoginAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastLoginAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Characters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveCelestials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SolarSystemId = table.Column<long>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<long>(type: "INTEGER", nullable: true),
                    X = table.Column<double>(type: "REAL", nullable: false),
                    Y = table.Column<double>(type: "REAL", nullable: false),
                    Z = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveCelestials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveEntities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    Ticker = table.Column<string>(type: "TEXT", nullable: true),
                    CorporationId = table.Column<long>(type: "INTEGER", nullable: true),
                    AllianceId = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveEntities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveSolarSystems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    SecurityStatus = table.Column<double>(type: "REAL", nullable: false),
                    ConstellationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ConstellationName = table.Column<string>(type: "TEXT", nullable: false),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionName = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveSolarSystems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveSovereignty",
                columns: table => new
                {
                    SolarSystemId = table.Column<long>(type: "INTEGER", nullable: false),
                    AllianceId = table.Column<long>(type: "INTEGER", nullable: true),
                    CorporationId = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveSovereignty", x => x.SolarSystemId);
                });

            migrationBuilder.CreateTable(
                name: "EveTypes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", nullable: false),
                    Volume = table.Column<double>(type: "REAL", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FuelAlertRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartHours = table.Column<int>(type: "INTEGER", nullable: false),
                    EndHours = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Colour = table.Column<int>(type: "INTEGER", nullable: false),
                    Ping = table.Column<int>(type: "INTEGER", nullable: false),
                    IsEnabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FuelAlertRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JumpFuelAlertRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Threshold = table.Column<long>(type: "INTEGER", nullable: false),
                    Colour = table.Column<int>(type: "INTEGER", nullable: false),
                    Ping = table.Column<int>(type: "INTEGER", nullable: false),
                    IsEnabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JumpFuelAlertRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Owners",
                columns: table => new
                {
                    CorporationId = table.Column<long>(type: "INTEGER", nullable: false),
                    CorporationName = table.Column<string>(type: "TEXT", nullable: false),
                    CorporationTicker = table.Column<string>(type: "TEXT", nullable: true),
                    AllianceId = table.Column<long>(type: "INTEGER", nullable: true),
                    AllianceName = table.Column<string>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsAllianceMain = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasDefaultPingsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    PingRoleIds = table.Column<string>(type: "TEXT", nullable: false),
                    IsIncludedInServiceStatus = table.Column<bool>(type: "INTEGER", nullable: false),
                    AreCustomsOfficesPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotificationsCacheSeconds = table.Column<double>(type: "REAL", nullable: true),
                    StructuresSync_LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StructuresSync_LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StructuresSync_LastErrorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StructuresSync_LastError = table.Column<string>(type: "TEXT", nullable: true),
                    AssetsSync_LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssetsSync_LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssetsSync_LastErrorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssetsSync_LastError = table.Column<string>(type: "TEXT", nullable: true),
                    NotificationsSync_LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotificationsSync_LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotificationsSync_LastErrorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotificationsSync_LastError = table.Column<string>(type: "TEXT", nullable: true),
                    ForwardingSync_LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForwardingSync_LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForwardingSync_LastErrorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForwardingSync_LastError = table.Column<string>(type: "TEXT", nullable: true),
                    IsUp = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Owners", x => x.CorporationId);
                });

            migrationBuilder.CreateTable(
                name: "PermissionGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Permission = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GranteeKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GranteeId = table.Column<long>(type: "INTEGER", nullable: false),
                    GranteeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermissionGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StructureTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Style = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsUserManaged = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureTags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Webhooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasDefaultPingsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotificationTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    ForwardsUnknownTypes = table.Column<bool>(type: "INTEGER", nullable: false),
                    PingRoleIds = table.Column<string>(type: "TEXT", nullable: false),
                    TypePings = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: false),
                    DisabledReason = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Webhooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SenderId = table.Column<long>(type: "INTEGER", nullable: false),
                    SenderType = table.Column<string>(type: "TEXT", nullable: false),
                    Timestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ContentKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsKnownType = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParseError = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivedByCharacterId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsTimerAdded = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsForwarded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "CorporationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OwnerCharacters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CharacterId = table.Column<long>(type: "INTEGER", nullable: false),
                    CharacterName = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerHash = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedRefreshToken = table.Column<string>(type: "TEXT", nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", nullable: false),
                    IsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisabledReason = table.Column<string>(type: "TEXT", nullable: true),
                    DisabledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StructuresLastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotificationsLastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotificationsCacheExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerCharacters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnerCharacters_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "CorporationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Structures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<long>(type: "INTEGER", nullable: false),
                    SolarSystemId = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanetId = table.Column<long>(type: "INTEGER", nullable: true),
                    MoonId = table.Column<long>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PositionX = table.Column<double>(type: "REAL", nullable: true),
                    PositionY = table.Column<double>(type: "REAL", nullable: true),
                    PositionZ = table.Column<double>(type: "REAL", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    StateTimerStart = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StateTimerEnd = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FuelExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnanchorsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReinforceHour = table.Column<int>(type: "INTEGER", nullable: true),
                    NextReinforceHour = table.Column<int>(type: "INTEGER", nullable: true),
                    NextReinforceApply = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastOnlineAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRefueledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HasFitting = table.Column<bool>(type: "INTEGER", nullable: true),
                    HasCore = table.Column<bool>(type: "INTEGER", nullable: true),
                    FuelBlocks = table.Column<long>(type: "INTEGER", nullable: true),
                    MagmaticGas = table.Column<long>(type: "INTEGER", nullable: true),
                    LiquidOzone = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Structures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Structures_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "CorporationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StructureTimers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StructureId = table.Column<long>(type: "INTEGER", nullable: true),
                    StructureTypeId = table.Column<long>(type: "INTEGER", nullable: true),
                    StructureName = table.Column<string>(type: "TEXT", nullable: true),
                    SolarSystemId = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanetId = table.Column<long>(type: "INTEGER", nullable: true),
                    MoonId = table.Column<long>(type: "INTEGER", nullable: true),
                    IsCorpRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceNotificationId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureTimers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StructureTimers_Owners_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Owners",
                        principalColumn: "CorporationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OwnerWebhooks",
                columns: table => new
                {
                    OwnersCorporationId = table.Column<long>(type: "INTEGER", nullable: false),
                    WebhooksId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerWebhooks", x => new { x.OwnersCorporationId, x.WebhooksId });
                    table.ForeignKey(
                        name: "FK_OwnerWebhooks_Owners_OwnersCorporationId",
                        column: x => x.OwnersCorporationId,
                        principalTable: "Owners",
                        principalColumn: "CorporationId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OwnerWebhooks_Webhooks_WebhooksId",
                        column: x => x.WebhooksId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QueuedMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WebhookId = table.Column<int>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    PackKey = table.Column<string>(type: "TEXT", nullable: false),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueuedMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QueuedMessages_Webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomsOfficeDetails",
                columns: table => new
                {
                    StructureId = table.Column<long>(type: "INTEGER", nullable: false),
                    AllianceTaxRate = table.Column<double>(type: "REAL", nullable: true),
                    CorporationTaxRate = table.Column<double>(type: "REAL", nullable: true),
                    ExcellentStandingTaxRate = table.Column<double>(type: "REAL", nullable: true),
                    GoodStandingTaxRate = table.Column<double>(type: "REAL", nullable: true),
                    NeutralStandingTaxRate = table.Column<double>(type: "REAL", nullable: true),
                    BadStandingTaxRate = table.Column<double>(type: "REAL", nullable: true),
                    TerribleStandingTaxRate = table.Column<double>(type: "REAL", nullable: true),
                    AllowAccessWithStandings = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowAllianceAccess = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReinforceExitStart = table.Column<int>(type: "INTEGER", nullable: false),
                    ReinforceExitEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    StandingLevel = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomsOfficeDetails", x => x.StructureId);
                    table.ForeignKey(
                        name: "FK_CustomsOfficeDetails_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentAlerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StructureId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentAlerts_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StarbaseDetails",
                columns: table => new
                {
                    StructureId = table.Column<long>(type: "INTEGER", nullable: false),
                    AllowAllianceMembers = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowCorporationMembers = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttackIfAtWar = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttackIfOtherSecurityStatusDropping = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttackSecurityStatusThreshold = table.Column<double>(type: "REAL", nullable: true),
                    AttackStandingThreshold = table.Column<double>(type: "REAL", nullable: true),
                    UseAllianceStandings = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnchorRole = table.Column<string>(type: "TEXT", nullable: false),
                    UnanchorRole = table.Column<string>(type: "TEXT", nullable: false),
                    OnlineRole = table.Column<string>(type: "TEXT", nullable: false),
                    OfflineRole = table.Column<string>(type: "TEXT", nullable: false),
                    FuelBayViewRole = table.Column<string>(type: "TEXT", nullable: false),
                    FuelBayTakeRole = table.Column<string>(type: "TEXT", nullable: false),
                    FuelBlocks = table.Column<long>(type: "INTEGER", nullable: false),
                    Strontium = table.Column<long>(type: "INTEGER", nullable: false),
                    StrontiumHours = table.Column<double>(type: "REAL", nullable: false),
                    FuelBlocksPerHour = table.Column<int>(type: "INTEGER", nullable: false),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StarbaseDetails", x => x.StructureId);
                    table.ForeignKey(
                        name: "FK_StarbaseDetails_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StructureItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    StructureId = table.Column<long>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<long>(type: "INTEGER", nullable: false),
                    LocationFlag = table.Column<string>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSingleton = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StructureItems_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StructureServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StructureId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StructureServices_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StructureTagLinks",
                columns: table => new
                {
                    StructuresId = table.Column<long>(type: "INTEGER", nullable: false),
                    TagsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureTagLinks", x => new { x.StructuresId, x.TagsId });
                    table.ForeignKey(
                        name: "FK_StructureTagLinks_StructureTags_TagsId",
                        column: x => x.TagsId,
                        principalTable: "StructureTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StructureTagLinks_Structures_StructuresId",
                        column: x => x.StructuresId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StructureWebhooks",
                columns: table => new
                {
                    StructureId = table.Column<long>(type: "INTEGER", nullable: false),
                    WebhooksId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureWebhooks", x => new { x.StructureId, x.WebhooksId });
                    table.ForeignKey(
                        name: "FK_StructureWebhooks_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StructureWebhooks_Webhooks_WebhooksId",
                        column: x => x.WebhooksId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdminNotices_CreatedAt",
                table: "AdminNotices",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EveCelestials_SolarSystemId",
                table: "EveCelestials",
                column: "SolarSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OwnerId_ContentKey",
                table: "Notifications",
                columns: new[] { "OwnerId", "ContentKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OwnerId_NotificationId",
                table: "Notifications",
                columns: new[] { "OwnerId", "NotificationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Timestamp",
                table: "Notifications",
                column: "Timestamp");

            migrationBuilder.CreateIndex(
                name: "IX_OwnerCharacters_OwnerId_CharacterId",
                table: "OwnerCharacters",
                columns: new[] { "OwnerId", "CharacterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OwnerWebhooks_WebhooksId",
                table: "OwnerWebhooks",
                column: "WebhooksId");

            migrationBuilder.CreateIndex(
                name: "IX_PermissionGrants_Permission_GranteeKind_GranteeId",
                table: "PermissionGrants",
                columns: new[] { "Permission", "GranteeKind", "GranteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QueuedMessages_WebhookId_Status_Id",
                table: "QueuedMessages",
                columns: new[] { "WebhookId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SentAlerts_StructureId_Kind_RuleId_Bucket",
                table: "SentAlerts",
                columns: new[] { "StructureId", "Kind", "RuleId", "Bucket" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StructureItems_StructureId",
                table: "StructureItems",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_Structures_OwnerId",
                table: "Structures",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_StructureServices_StructureId_Name",
                table: "StructureServices",
                columns: new[] { "StructureId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StructureTagLinks_TagsId",
                table: "StructureTagLinks",
                column: "TagsId");

            migrationBuilder.CreateIndex(
                name: "IX_StructureTags_Name",
                table: "StructureTags",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StructureTimers_EndsAt",
                table: "StructureTimers",
                column: "EndsAt");

            migrationBuilder.CreateIndex(
                name: "IX_StructureTimers_OwnerId_Kind_StructureId_SolarSystemId_EndsAt",
                table: "StructureTimers",
                columns: new[] { "OwnerId", "Kind", "StructureId", "SolarSystemId", "EndsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StructureWebhooks_WebhooksId",
                table: "StructureWebhooks",
                column: "WebhooksId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdminNotices");

            migrationBuilder.DropTable(
                name: "Characters");

            migrationBuilder.DropTable(
                name: "CustomsOfficeDetails");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EveCelestials");

            migrationBuilder.DropTable(
                name: "EveEntities");

            migrationBuilder.DropTable(
                name: "EveSolarSystems");

            migrationBuilder.DropTable(
                name: "EveSovereignty");

            migrationBuilder.DropTable(
                name: "EveTypes");

            migrationBuilder.DropTable(
                name: "FuelAlertRules");

            migrationBuilder.DropTable(
                name: "JumpFuelAlertRules");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OwnerCharacters");

            migrationBuilder.DropTable(
                name: "OwnerWebhooks");

            migrationBuilder.DropTable(
                name: "PermissionGrants");

            migrationBuilder.DropTable(
                name: "QueuedMessages");

            migrationBuilder.DropTable(
                name: "SentAlerts");

            migrationBuilder.DropTable(
                name: "StarbaseDetails");

            migrationBuilder.DropTable(
                name: "StructureItems");

            migrationBuilder.DropTable(
                name: "StructureServices");

            migrationBuilder.DropTable(
                name: "StructureTagLinks");

            migrationBuilder.DropTable(
                name: "StructureTimers");

            migrationBuilder.DropTable(
                name: "StructureWebhooks");

            migrationBuilder.DropTable(
                name: "StructureTags");

            migrationBuilder.DropTable(
                name: "Structures");

            migrationBuilder.DropTable(
                name: "Webhooks");

            migrationBuilder.DropTable(
                name: "Owners");
        }
    }
}
