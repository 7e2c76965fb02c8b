//! Short lessons on living with back pain, one offered after each session, in order.
//!
//! The themes are those of evidence-based self-management programmes such as selfBACK; the
//! claims are the NHS's and NICE's, each beside its source in docs/CONTENT.md. Each lesson
//! stays short enough to read in a minute with a sore back.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// What the stored list of read lessons keeps, so it never changes once released.
    pub id: &'static str,
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub const LESSONS: &[Lesson] = &[
    Lesson {
        id: "common",
        title: "Back pain is common, and it usually gets better",
        paragraphs: &[
            "Most people have back pain at some point in their life. You are not alone.",
            "It is very rarely caused by anything serious. It usually gets better within a few \
             weeks or months.",
            "Often no one can say exactly what started it. Doctors call this non-specific back \
             pain. Most people with back pain do not need a scan.",
            "Sometimes the pain lasts longer, or comes back. There are still things you can do \
             to help yourself, and these lessons cover them.",
        ],
    },
    Lesson {
        id: "keep-active",
        title: "Keep moving: bed rest does not help",
        paragraphs: &[
            "When your back hurts, lying down all day can feel like the safe thing to do. It \
             is not. Resting for long periods is likely to make the pain worse.",
            "Try to stay as active as you can and carry on with your daily activities, even if \
             slowly at first. Walking, swimming, yoga and pilates may all help.",
            "If you work, try to stay at work, or go back as soon as you can.",
            "Choose activities you enjoy. You are more likely to keep doing them.",
        ],
    },
    Lesson {
        id: "hurt-not-harm",
        title: "Hurt does not mean harm",
        paragraphs: &[
            "Your back is strong. It is made to bend, lift and twist.",
            "When you start moving again, some pain is normal. It does not mean you are \
             damaging your back. Exercise may make your back feel a bit sore at first, but \
             that soreness does no harm.",
            "Pain can feel stronger when you are tired, stressed or worried. That does not \
             mean it is not real. It means pain depends on more than your back alone.",
            "There is a difference between soreness and a warning. Stop an exercise if it \
             makes your symptoms worse or causes new pain.",
        ],
    },
    Lesson {
        id: "pacing",
        title: "Start small and build up slowly",
        paragraphs: &[
            "For its back exercises, the NHS advises starting with 5 repetitions of each \
             exercise, 3 times a day. Then add an extra 1 or 2 repetitions every few days, as \
             long as you feel comfortable.",
            "Try to do about the same amount on good days and bad days. It is easy to do too \
             much on a good day and pay for it later.",
            "If an amount hurts more afterwards, do not give up. Wait until things settle, then \
             start again with less.",
            "Lumbar's progression setting works the same way. It adds a little only after \
             several comfortable sessions in a row, and eases back after a hard one.",
        ],
    },
    Lesson {
        id: "flare-up",
        title: "If you have a flare-up",
        paragraphs: &[
            "A flare-up is when your pain suddenly gets worse for a while. Flare-ups are \
             common. They do not usually mean that anything serious is wrong.",
            "Keep moving gently, even if you do less for a few days. Try not to go back to bed \
             for long.",
            "A hot water bottle, or a bag of frozen peas wrapped in a towel, may ease the pain \
             for a short time. A pharmacist can tell you which painkiller is right for you.",
            "When it settles, go back to fewer repetitions and build up again.",
            "If a flare-up comes with any of the warning signs in the safety questions, get \
             help as they say.",
        ],
    },
    Lesson {
        id: "sleep-stress",
        title: "Sleep, stress and pain",
        paragraphs: &[
            "Poor sleep, stress, worry and low mood can all make back pain feel worse. Pain \
             can also make it hard to sleep, so each can feed the other.",
            "Worry can make your muscles tense, and tense muscles can hurt more. Try to relax \
             and stay positive. People who stay positive despite their pain tend to recover \
             quicker.",
            "Changing how you lie, and using pillows for support, may help you sleep more \
             comfortably.",
            "If stress or low mood is hard to manage, tell your GP. Talking therapy, alongside \
             exercise, can be part of treatment for back pain.",
        ],
    },
    Lesson {
        id: "get-help",
        title: "When to get help",
        paragraphs: &[
            "Back pain usually gets better on its own. But see a GP or a physiotherapist if \
             the pain does not start to improve within a few weeks, stops you doing your \
             day-to-day activities, is very severe or getting worse, or if you are worried or \
             struggling to cope.",
            "Some NHS physiotherapists let you book without seeing a GP first.",
            "Call 999 or go to A&E straight away if you have back pain with numbness around \
             your genitals or bottom, new trouble peeing, loss of bladder or bowel control, or \
             weakness or numbness in both legs.",
            "The safety questions list all the warning signs. You can answer them again from \
             the home screen at any time.",
        ],
    },
];

/// The first lesson, in order, whose id is not among those read.
pub fn next_unread(read: &[String]) -> Option<&'static Lesson> {
    LESSONS
        .iter()
        .find(|lesson| !read.iter().any(|id| id == lesson.id))
}
