//! What the phone's media controls (the lock screen, the notification) show of the session.

use super::{Effect, Model};

/// The session as the media controls show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaInfo {
    /// The step: "Hold".
    pub title: String,
    /// The exercise and where in it: "Wall Slides · Rep 2 of 6".
    pub detail: String,
    /// Where in the session: "Step 14 of 65".
    pub progress: String,
    pub playing: bool,
}

impl Model {
    /// Tells the media controls what the session is doing whenever that changed: a step
    /// began, a pause, the end. A tick that only counts down changes nothing.
    pub(super) fn show_media(&mut self, effects: &mut Vec<Effect>) {
        let media = self.media_info();
        if media != self.media {
            self.media.clone_from(&media);
            effects.push(Effect::ShowMedia(media));
        }
    }

    fn media_info(&self) -> Option<MediaInfo> {
        let (session, plan) = self.progress.active.as_ref().zip(self.plan.as_ref())?;
        let step = plan.get(session.step_index)?;
        let detail = match step.position_label() {
            Some(position) => format!("{} · {position}", step.exercise.name()),
            None => step.exercise.name().to_owned(),
        };
        Some(MediaInfo {
            title: step.title().to_owned(),
            detail,
            progress: format!("Step {} of {}", session.step_index + 1, plan.len()),
            playing: !session.is_paused(),
        })
    }
}
