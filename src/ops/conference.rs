//! Conferences and their members.

use super::{FileFormat, HttpMethod, TranscriptionType, Voice};
use crate::models;
use crate::rules;

params! {
    /// `getConferences`: the names of the conferences in progress (not paged).
    GetConferences = "getConferences" -> models::ConferenceNames;
    required {}
    optional {}
}

params! {
    /// `getSingleConference`: one conference in progress, with its members.
    GetSingleConference = "getSingleConference" -> models::Conference;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
    }
    optional {}
}

params! {
    /// `hangupConferences`: end every conference in progress.
    HangupConferences = "hangupConferences" -> models::Ack;
    required {}
    optional {}
}

params! {
    /// `hangupSingleConference`: end one conference.
    HangupSingleConference = "hangupSingleConference" -> models::Ack;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
    }
    optional {}
}

params! {
    /// `startRecordingConference`: start recording a conference.
    StartRecordingConference = "startRecordingConference" -> models::RecordingStarted;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
    }
    optional {
        /// Audio format (default mp3).
        file_format: FileFormat = "fileFormat" => "file_format";
        /// Transcription kind.
        transcription_type: TranscriptionType = "transcriptionType" => "transcription_type";
        /// URL that receives the transcription.
        transcription_url: String = "transcriptionUrl" => "transcription_url" [check = rules::http_url];
        /// Method for `transcription_url`.
        transcription_method: HttpMethod = "transcriptionMethod" => "transcription_method";
        /// URL notified when the recording ends.
        callback_url: String = "callbackUrl" => "callback_url" [check = rules::http_url];
        /// Method for `callback_url`.
        callback_method: HttpMethod = "callbackMethod" => "callback_method";
    }
}

params! {
    /// `stopRecordingConference`: stop recording a conference.
    StopRecordingConference = "stopRecordingConference" -> models::Ack;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
    }
    optional {}
}

params! {
    /// `hangupMember`: hang up a member's call (`DELETE …/Member/{id}/`); `kickMember` only removes the member from the conference.
    HangupMember = "hangupMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}

params! {
    /// `kickMember`: remove a member from the conference; the call goes on with the next XML element.
    KickMember = "kickMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}

params! {
    /// `muteMember`: mute a member: the others no longer hear them.
    MuteMember = "muteMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}

params! {
    /// `unmuteMember`: unmute a member muted with `muteMember`.
    UnmuteMember = "unmuteMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}

params! {
    /// `makeMemberDeaf`: deafen a member: they no longer hear the conference.
    MakeMemberDeaf = "makeMemberDeaf" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}

params! {
    /// `enableHearingForMember`: undo `makeMemberDeaf`.
    EnableHearingForMember = "enableHearingForMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}

params! {
    /// `playSoundToMember`: play an mp3 or wav file to a member.
    PlaySoundToMember = "playSoundToMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
        /// URL of the sound file.
        url: String = "url" => "url" [check = rules::http_url];
    }
    optional {}
}

params! {
    /// `stopPlayingSoundToMember`: stop the sound started by `playSoundToMember`.
    StopPlayingSoundToMember = "stopPlayingSoundToMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}

params! {
    /// `playTextToMember`: speak text to a member.
    PlayTextToMember = "playTextToMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
        /// The text the member hears.
        text: String = "text" => "text";
    }
    optional {
        /// Voice used (Plivo's default: WOMAN).
        voice: Voice = "voice" => "voice";
        /// Language (Plivo's default: en-US).
        language: String = "language" => "language";
    }
}

params! {
    /// `stopPlayingTextToMember`: stop the speech started by `playTextToMember`.
    StopPlayingTextToMember = "stopPlayingTextToMember" -> models::MemberAction;
    required {
        /// The conference's name.
        conference_name: String = "conferenceName" => "conference_name";
        /// A member id, several joined with `,`, or `all`.
        member_id: String = "memberId" => "member_id";
    }
    optional {}
}
