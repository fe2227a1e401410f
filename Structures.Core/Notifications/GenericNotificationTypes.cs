namespace Structures.Core.Notifications;

// The types of ESI's notification enum that the product deliberately does not describe: none is about a structure,
// sovereignty, moon mining, a skyhook, a mercenary den, a bill or a war between players. They arrive like any type
// nobody taught us: stored, and forwarded with a generic message to webhooks that ask for unknown types.
public static class GenericNotificationTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        // A character's own life: clones, insurance, kills, kill rights, bounties, contacts, medals, gifts, rewards.
        "BountyClaimMsg", "BountyESSShared", "BountyESSTaken", "BountyPlacedAlliance", "BountyPlacedChar", "BountyPlacedCorp",
        "BountyYourBountyClaimed", "BuddyConnectContactAdd", "CharMedalMsg", "CloneActivationMsg", "CloneActivationMsg2",
        "CloneMovedMsg", "CloneRevokedMsg1", "CloneRevokedMsg2", "ContactAdd", "ContactEdit", "ContainerPasswordMsg",
        "DailyItemRewardAutoClaimed", "ExpertSystemExpired", "ExpertSystemExpiryImminent", "GameTimeAdded", "GameTimeReceived",
        "GameTimeSent", "GiftReceived", "InsuranceExpirationMsg", "InsuranceFirstShipMsg", "InsuranceInvalidatedMsg",
        "InsuranceIssuedMsg", "InsurancePayoutMsg", "JumpCloneDeletedMsg1", "JumpCloneDeletedMsg2", "KillReportFinalBlow",
        "KillReportVictim", "KillRightAvailable", "KillRightAvailableOpen", "KillRightEarned", "KillRightUnavailable",
        "KillRightUnavailableOpen", "KillRightUsed", "LPAutoRedeemed", "LocateCharMsg", "NPCStandingsGained", "NPCStandingsLost",
        "RaffleCreated", "RaffleExpired", "RaffleFinished", "ReimbursementMsg", "SPAutoRedeemed", "SeasonalChallengeCompleted",
        "SkinSequencingCompleted", "TransactionReversalMsg", "TutorialMsg", "OldLscMessages", "ContractRegionChangedToPochven",
        // Agents, missions, incursions and invasions: PvE content.
        "AgentRetiredTrigravian", "IncursionCompletedMsg", "InvasionCompletedMsg", "InvasionSystemLogin", "InvasionSystemStart",
        "MissionCanceledTriglavian", "MissionOfferExpirationMsg", "MissionTimeoutMsg", "ResearchMissionAvailableMsg",
        "StoryLineMissionAvailableMsg", "CombatOperationFinished", "OperationFinished", "IndustryOperationFinished",
        "IndustryTeamAuctionLost", "IndustryTeamAuctionWon", "ESSMainBankLink",
        // Corporation life outside structures: roles, votes, taxes, dividends, friendly fire, applications, freelance jobs.
        "BattlePunishFriendlyFire", "CharTerminationMsg", "CorpAppAcceptMsg", "CorpAppRejectMsg", "CorpDividendMsg",
        "CorpFriendlyFireDisableTimerCompleted", "CorpFriendlyFireDisableTimerStarted", "CorpFriendlyFireEnableTimerCompleted",
        "CorpFriendlyFireEnableTimerStarted", "CorpKicked", "CorpLiquidationMsg", "CorpNewCEOMsg", "CorpNewsMsg",
        "CorpTaxChangeMsg", "CorpVoteCEORevokedMsg", "CorpVoteMsg", "CorporationGoalNameChange", "CorporationLeft",
        "OfficeLeaseCanceledInsufficientStandings", "FreelanceProjectACLDeleted", "FreelanceProjectClosed",
        "FreelanceProjectCompleted", "FreelanceProjectCreated", "FreelanceProjectExpired", "FreelanceProjectLimitReached",
        "FreelanceProjectParticipantKicked", "CustomsMsg",
        // Faction warfare: wars of the empires, not wars declared between players.
        "FWAllianceKickCeoIndividualStandingWarning", "FWAllianceKickMsg", "FWAllianceKickedCeoIndividualStanding",
        "FWAllianceWarningMsg", "FWCharKickMsg", "FWCharRankGainMsg", "FWCharRankLossMsg", "FWCharWarningMsg",
        "FWCharacterKickFromCorpIndividualStandingWarning", "FWCharacterKickedFromCorpIndividualStanding", "FWCorpJoinMsg",
        "FWCorpKickMsg", "FWCorpLeaveMsg", "FWCorpWarningMsg", "FWCorporationKickCeoIndividualStandingWarning",
        "FWCorporationKickedCeoIndividualStanding", "FacWarCorpJoinRequestMsg", "FacWarCorpJoinWithdrawMsg",
        "FacWarCorpLeaveRequestMsg", "FacWarCorpLeaveWithdrawMsg", "FacWarDirectEnlistmentRevoked", "FacWarLPDisqualifiedEvent",
        "FacWarLPDisqualifiedKill", "FacWarLPPayoutEvent", "FacWarLPPayoutKill",
        // Conquerable outposts and DUST 514 districts, both gone from the game: no structure of today sends these.
        "DistrictAttacked", "DustAppAcceptedMsg", "SovStationEnteredFreeport", "StationAggressionMsg1", "StationAggressionMsg2",
        "StationConquerMsg", "StationServiceDisabled", "StationServiceEnabled", "StationStateChangeMsg",
    };
}
