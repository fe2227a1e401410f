using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Structures.Core.Data.PostgresMigrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Message = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OwnerId = table.Column<long>(type: "bigint", nullable: true),
                    IsRead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Characters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    OwnerHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    CorporationId = table.Column<long>(type: "bigint", nullable: true),
                    AllianceId = table.Column<long>(type: "bigint", nullable: true),
                    CorporationName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    AllianceName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    MainCharacterId = table.Column<long>(type: "bigint", nullable: true),
                    FirstLoginAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastLoginAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Characters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveCelestials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SolarSystemId = table.Column<long>(type: "bigint", nullable: false),
                    TypeId = table.Column<long>(type: "bigint", nullable: true),
                    X = table.Column<double>(type: "double precision", nullable: false),
                    Y = table.Column<double>(type: "double precision", nullable: false),
                    Z = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveCelestials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveEntities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Ticker = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CorporationId = table.Column<long>(type: "bigint", nullable: true),
                    AllianceId = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveEntities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveSolarSystems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SecurityStatus = table.Column<double>(type: "double precision", nullable: false),
                    ConstellationId = table.Column<long>(type: "bigint", nullable: false),
                    ConstellationName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegionId = table.Column<long>(type: "bigint", nullable: false),
                    RegionName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveSolarSystems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EveSovereignty",
                columns: table => new
                {
                    SolarSystemId = table.Column<long>(type: "bigint", nullable: false),
                    AllianceId = table.Column<long>(type: "bigint", nullable: true),
                    CorporationId = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveSovereignty", x => x.SolarSystemId);
                });

            migrationBuilder.CreateTable(
                name: "EveTypes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    GroupId = table.Column<long>(type: "bigint", nullable: false),
                    CategoryId = table.Column<long>(type: "bigint", nullable: false),
                    GroupName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Volume = table.Column<double>(type: "double precision", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EveTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FuelAlertRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartHours = table.Column<int>(type: "integer", nullable: false),
                    EndHours = table.Column<int>(type: "integer", nullable: false),
                    RepeatHours = table.Column<int>(type: "integer", nullable: false),
                    Colour = table.Column<int>(type: "integer", nullable: false),
                    Ping = table.Column<int>(type: "integer", nullable: false),
                    IsEnabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FuelAlertRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JumpFuelAlertRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Threshold = table.Column<long>(type: "bigint", nullable: false),
                    Colour = table.Column<int>(type: "integer", nullable: false),
                    Ping = table.Column<int>(type: "integer", nullable: false),
                    IsEnabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JumpFuelAlertRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Owners",
                columns: table => new
                {
                    CorporationId = table.Column<long>(type: "bigint", nullable: false),
                    CorporationName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CorporationTicker = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AllianceId = table.Column<long>(type: "bigint", nullable: true),
                    AllianceName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsAllianceMain = table.Column<bool>(type: "boolean", nullable: false),
                    HasDefaultPingsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    PingRoleIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IsIncludedInServiceStatus = table.Column<bool>(type: "boolean", nullable: false),
                    AreCustomsOfficesPublic = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NotificationsCacheSeconds = table.Column<double>(type: "double precision", nullable: true),
                    StructuresSync_LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StructuresSync_LastSuccessAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StructuresSync_LastErrorAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StructuresSync_LastError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AssetsSync_LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssetsSync_LastSuccessAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssetsSync_LastErrorAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssetsSync_LastError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NotificationsSync_LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotificationsSync_LastSuccessAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotificationsSync_LastErrorAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotificationsSync_LastError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ForwardingSync_LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ForwardingSync_LastSuccessAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ForwardingSync_LastErrorAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ForwardingSync_LastError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IsUp = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Owners", x => x.CorporationId);
                });

            migrationBuilder.CreateTable(
                name: "PermissionGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Permission = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GranteeKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GranteeId = table.Column<long>(type: "bigint", nullable: false),
                    GranteeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    GrantedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermissionGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StructureTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Style = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    IsUserManaged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StructureTags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimerFeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CharacterId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimerFeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Webhooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Url = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    HasDefaultPingsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    NotificationTypes = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Language = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ForwardsUnknownTypes = table.Column<bool>(type: "boolean", nullable: false),
                    PingRoleIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TypePings = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReminderLeadTimes = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TakesManualTimers = table.Column<bool>(type: "boolean", nullable: false),
                    PostsUpcomingTimers = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DisabledReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TestSucceededAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Webhooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<long>(type: "bigint", nullable: false),
                    NotificationId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    SenderId = table.Column<long>(type: "bigint", nullable: false),
                    SenderType = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ContentKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    IsKnownType = table.Column<bool>(type: "boolean", nullable: false),
                    ParseError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    StructureId = table.Column<long>(type: "bigint", nullable: true),
                    ProcessingError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ReceivedByCharacterId = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsTimerAdded = table.Column<bool>(type: "boolean", nullable: false),
                    IsForwarded = table.Column<bool>(type: "boolean", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<long>(type: "bigint", nullable: false),
                    CharacterId = table.Column<long>(type: "bigint", nullable: false),
                    CharacterName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OwnerHash = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProtectedRefreshToken = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Scopes = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    DisabledReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DisabledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    StructuresLastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotificationsLastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotificationsCacheExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TypeId = table.Column<long>(type: "bigint", nullable: false),
                    SolarSystemId = table.Column<long>(type: "bigint", nullable: false),
                    PlanetId = table.Column<long>(type: "bigint", nullable: true),
                    MoonId = table.Column<long>(type: "bigint", nullable: true),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false, collation: "C"),
                    PositionX = table.Column<double>(type: "double precision", nullable: true),
                    PositionY = table.Column<double>(type: "double precision", nullable: true),
                    PositionZ = table.Column<double>(type: "double precision", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    StateTimerStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StateTimerEnd = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FuelExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnanchorsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReinforceHour = table.Column<int>(type: "integer", nullable: true),
                    NextReinforceHour = table.Column<int>(type: "integer", nullable: true),
                    NextReinforceApply = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastOnlineAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRefueledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HasFitting = table.Column<bool>(type: "boolean", nullable: true),
                    HasCore = table.Column<bool>(type: "boolean", nullable: true),
                    FuelBlocks = table.Column<long>(type: "bigint", nullable: true),
                    MagmaticGas = table.Column<long>(type: "bigint", nullable: true),
                    LiquidOzone = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastUpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EsiDataAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<long>(type: "bigint", nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StructureId = table.Column<long>(type: "bigint", nullable: true),
                    StructureTypeId = table.Column<long>(type: "bigint", nullable: true),
                    StructureName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    SolarSystemId = table.Column<long>(type: "bigint", nullable: true),
                    PlanetId = table.Column<long>(type: "bigint", nullable: true),
                    MoonId = table.Column<long>(type: "bigint", nullable: true),
                    IsCorpRestricted = table.Column<bool>(type: "boolean", nullable: false),
                    SourceNotificationId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StructureTypeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Notes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    CreatedByCharacterId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    CreatedByCorporationId = table.Column<long>(type: "bigint", nullable: true)
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
                    OwnersCorporationId = table.Column<long>(type: "bigint", nullable: false),
                    WebhooksId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WebhookId = table.Column<int>(type: "integer", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PackKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NotificationId = table.Column<long>(type: "bigint", nullable: true),
                    IsTest = table.Column<bool>(type: "boolean", nullable: false),
                    IsResend = table.Column<bool>(type: "boolean", nullable: false),
                    StandingSlot = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "StandingMessages",
                columns: table => new
                {
                    WebhookId = table.Column<int>(type: "integer", nullable: false),
                    Slot = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    DiscordMessageId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingMessages", x => new { x.WebhookId, x.Slot });
                    table.ForeignKey(
                        name: "FK_StandingMessages_Webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomsOfficeDetails",
                columns: table => new
                {
                    StructureId = table.Column<long>(type: "bigint", nullable: false),
                    AllianceTaxRate = table.Column<double>(type: "double precision", nullable: true),
                    CorporationTaxRate = table.Column<double>(type: "double precision", nullable: true),
                    ExcellentStandingTaxRate = table.Column<double>(type: "double precision", nullable: true),
                    GoodStandingTaxRate = table.Column<double>(type: "double precision", nullable: true),
                    NeutralStandingTaxRate = table.Column<double>(type: "double precision", nullable: true),
                    BadStandingTaxRate = table.Column<double>(type: "double precision", nullable: true),
                    TerribleStandingTaxRate = table.Column<double>(type: "double precision", nullable: true),
                    AllowAccessWithStandings = table.Column<bool>(type: "boolean", nullable: false),
                    AllowAllianceAccess = table.Column<bool>(type: "boolean", nullable: false),
                    ReinforceExitStart = table.Column<int>(type: "integer", nullable: false),
                    ReinforceExitEnd = table.Column<int>(type: "integer", nullable: false),
                    StandingLevel = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StructureId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RuleId = table.Column<int>(type: "integer", nullable: false),
                    Bucket = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    StructureId = table.Column<long>(type: "bigint", nullable: false),
                    AllowAllianceMembers = table.Column<bool>(type: "boolean", nullable: false),
                    AllowCorporationMembers = table.Column<bool>(type: "boolean", nullable: false),
                    AttackIfAtWar = table.Column<bool>(type: "boolean", nullable: false),
                    AttackIfOtherSecurityStatusDropping = table.Column<bool>(type: "boolean", nullable: false),
                    AttackSecurityStatusThreshold = table.Column<double>(type: "double precision", nullable: true),
                    AttackStandingThreshold = table.Column<double>(type: "double precision", nullable: true),
                    UseAllianceStandings = table.Column<bool>(type: "boolean", nullable: false),
                    AnchorRole = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UnanchorRole = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OnlineRole = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OfflineRole = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FuelBayViewRole = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FuelBayTakeRole = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FuelBlocks = table.Column<long>(type: "bigint", nullable: false),
                    Strontium = table.Column<long>(type: "bigint", nullable: false),
                    StrontiumHours = table.Column<double>(type: "double precision", nullable: false),
                    FuelBlocksPerHour = table.Column<int>(type: "integer", nullable: false),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    StructureId = table.Column<long>(type: "bigint", nullable: false),
                    TypeId = table.Column<long>(type: "bigint", nullable: false),
                    LocationFlag = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    IsSingleton = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StructureId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IsOnline = table.Column<bool>(type: "boolean", nullable: false)
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
                    StructuresId = table.Column<long>(type: "bigint", nullable: false),
                    TagsId = table.Column<int>(type: "integer", nullable: false)
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
                    StructureId = table.Column<long>(type: "bigint", nullable: false),
                    WebhooksId = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TimerReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TimerId = table.Column<int>(type: "integer", nullable: false),
                    WebhookId = table.Column<int>(type: "integer", nullable: false),
                    LeadMinutes = table.Column<int>(type: "integer", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimerReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimerReminders_StructureTimers_TimerId",
                        column: x => x.TimerId,
                        principalTable: "StructureTimers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TimerReminders_Webhooks_WebhookId",
                        column: x => x.WebhookId,
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
                name: "IX_Notifications_StructureId_Timestamp",
                table: "Notifications",
                columns: new[] { "StructureId", "Timestamp" });

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
                name: "IX_Owners_AllianceMain",
                table: "Owners",
                column: "AllianceId",
                unique: true,
                filter: "\"IsAllianceMain\"");

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
                name: "IX_StructureTimers_OwnerId_Kind_StructureId_SolarSystemId_Ends~",
                table: "StructureTimers",
                columns: new[] { "OwnerId", "Kind", "StructureId", "SolarSystemId", "EndsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StructureWebhooks_WebhooksId",
                table: "StructureWebhooks",
                column: "WebhooksId");

            migrationBuilder.CreateIndex(
                name: "IX_TimerFeeds_CharacterId",
                table: "TimerFeeds",
                column: "CharacterId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimerFeeds_SecretHash",
                table: "TimerFeeds",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimerReminders_TimerId_WebhookId_LeadMinutes",
                table: "TimerReminders",
                columns: new[] { "TimerId", "WebhookId", "LeadMinutes" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimerReminders_WebhookId",
                table: "TimerReminders",
                column: "WebhookId");
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
                name: "StandingMessages");

            migrationBuilder.DropTable(
                name: "StarbaseDetails");

            migrationBuilder.DropTable(
                name: "StructureItems");

            migrationBuilder.DropTable(
                name: "StructureServices");

            migrationBuilder.DropTable(
                name: "StructureTagLinks");

            migrationBuilder.DropTable(
                name: "StructureWebhooks");

            migrationBuilder.DropTable(
                name: "TimerFeeds");

            migrationBuilder.DropTable(
                name: "TimerReminders");

            migrationBuilder.DropTable(
                name: "StructureTags");

            migrationBuilder.DropTable(
                name: "Structures");

            migrationBuilder.DropTable(
                name: "StructureTimers");

            migrationBuilder.DropTable(
                name: "Webhooks");

            migrationBuilder.DropTable(
                name: "Owners");
        }
    }
}
