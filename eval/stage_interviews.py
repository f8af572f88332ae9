"""Journey stage and sentiment of whole rendered answers, as the pipeline meets them.

    uv run python -m eval.stage_interviews --out DIR                 # held out: pet insurance
    uv run python -m eval.stage_interviews --part tuning --out DIR   # tuning: meal-kit delivery

Six scripted interviews about a pet-insurance app (a domain no set of the project covers),
five customer answers each, every answer planted with the journey stage and the feeling it
carries; rendered with espeak-ng, processed with ``verbatim process`` as a user would, then each
statement is matched to the answer it transcribes (difflib ratio 0.5 or more) and its
``journey_stage`` and ``sentiment`` compared with the planted ones. Prints the accuracy of
each, positive/negative swaps and the misses.

Written 2026-12-05 to measure what issue 23's hidden check asks of stages (at least 70% of
planted journey stages right, at least 80% of planted sentiments, at most one swap), which no
other eval measured on whole rendered answers. Held out: measured, never tuned on. The tuning
part (``TUNING``, six meal-kit interviews written later the same day before any was rendered)
is where rules for rendered answers are tuned.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.redaction_interviews import run_verbatim
from eval.synth import Voice, interview_lines, planted_index, render_missing

I, C = "interviewer", "customer"
ALEX, SAM = Voice("en-us"), Voice("en+klatt")

# (stem, interviewer, customer voice, [(question, answer, stage, feeling)])
INTERVIEWS: list[tuple[str, Voice, Voice, list[tuple[str, str, str, str]]]] = [
    ("pets1", ALEX, Voice("en-us+f3", pitch=60), [
        ("How did you first hear about us?",
         "A friend at the dog park recommended you, and the reviews online were good too.", "discovery", "positive"),
        ("What was signing up like?",
         "Setting up the policy took ages, the form kept asking for the same details about my dog.", "onboarding", "negative"),
        ("How do you find making a claim?",
         "I send the vet bill through the app and the claim is paid within a few days, which is great.", "everyday_use", "positive"),
        ("Have you ever needed help from us?",
         "Once, and the chat agent sorted my question out in ten minutes.", "support", "positive"),
        ("What do you think of the price?",
         "The monthly premium went up by a third this year and nobody explained why.", "billing", "negative"),
    ]),
    ("pets2", SAM, Voice("en+Annie"), [
        ("Why did you choose this insurer?",
         "I compared four insurers on a comparison site and yours was the only one covering dental work.", "discovery", "positive"),
        ("Tell me about your first week with the app.",
         "Registration was quick, I had the policy set up in about five minutes.", "onboarding", "positive"),
        ("What happens when you claim?",
         "The claim screen crashes every time I try to upload a photo of the invoice.", "everyday_use", "negative"),
        ("How was customer service when that happened?",
         "I was on hold for forty minutes and then the line went dead.", "support", "negative"),
        ("Are you planning to renew?",
         "Probably not, I'm thinking of switching to another insurer when the policy ends.", "renewal", "negative"),
    ]),
    ("pets3", ALEX, Voice("en+Annie", pitch=40), [
        ("How did you come across us?",
         "I saw an advert on the bus and decided to try the free month.", "discovery", "neutral"),
        ("How did setting up go?",
         "Importing my cat's vet records was confusing, I had to phone the practice twice.", "onboarding", "negative"),
        ("How do you use the app day to day?",
         "I mostly use the reminders for flea treatment, they work well.", "everyday_use", "positive"),
        ("What about the cost?",
         "I pay by direct debit each month, about twenty pounds.", "billing", "neutral"),
        ("Will you stay with us next year?",
         "Yes, I'll renew, it has been worth it after the operation last spring.", "renewal", "positive"),
    ]),
    ("pets4", SAM, Voice("en-us+f3", pitch=60), [
        ("What made you pick us?",
         "My vet recommended you over the big names, so I went with that.", "discovery", "positive"),
        ("How was getting started?",
         "The welcome email was clear and the setup was easy.", "onboarding", "positive"),
        ("How does the app work for you?",
         "Claims take weeks to show as paid in the app, even when the money has arrived.", "everyday_use", "negative"),
        ("Did you ever contact support?",
         "I raised a ticket about it and nobody replied for a week.", "support", "negative"),
        ("How do you feel about what you pay?",
         "The excess is far too expensive for older dogs.", "billing", "negative"),
    ]),
    ("pets5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        ("How did you find us?",
         "I searched for pet insurance on Google and yours came up first.", "discovery", "neutral"),
        ("What was the sign up process like?",
         "Signing up on the website was smooth, I did it on my phone.", "onboarding", "positive"),
        ("How have claims gone for you?",
         "The claims are easy, I just take a picture of the bill and it's done.", "everyday_use", "positive"),
        ("What about your bills?",
         "I was charged twice in March and had to chase the refund.", "billing", "negative"),
        ("Are you thinking of leaving?",
         "I did cancel my second policy, the one for the rabbit, it wasn't worth it.", "renewal", "negative"),
    ]),
    ("pets6", SAM, Voice("en+Alicia"), [
        ("Why did you go with us in the first place?",
         "A colleague told me about you, and the trial sounded fair.", "discovery", "positive"),
        ("Tell me about the first few days.",
         "At first I couldn't work out how to add a second pet to the account.", "onboarding", "negative"),
        ("Have you needed our help line?",
         "The phone team were lovely, they called me back the same afternoon.", "support", "positive"),
        ("What do you think of the plans?",
         "The premium plan is good value for what it covers.", "billing", "positive"),
        ("Would you renew?",
         "I'll stick with you for another year, no question.", "renewal", "positive"),
    ]),
]


# The tuning part: a meal-kit delivery service, written 2026-12-05 (second session) before any of
# it was rendered, so that rules for answers as Whisper hears them are tuned here and the
# pet-insurance interviews above stay held out.
TUNING: list[tuple[str, Voice, Voice, list[tuple[str, str, str, str]]]] = [
    ("meals1", SAM, Voice("en-us+f3", pitch=55), [
        ("How did you hear about the meal boxes?",
         "My sister had been using you for a year and she kept telling me how much she loved it.", "discovery", "positive"),
        ("What was it like placing your first order?",
         "Choosing the recipes was fun and the first box turned up exactly when you said it would.", "onboarding", "positive"),
        ("How do you get on with the recipes?",
         "Half the ingredients were missing from last week's box, so we ended up ordering a takeaway.", "everyday_use", "negative"),
        ("Did you get in touch with us about that?",
         "I did, and the refund was in my account the next morning, which I really appreciated.", "support", "positive"),
        ("How do you feel about the price?",
         "It is expensive, honestly too much for what you get in the box.", "billing", "negative"),
    ]),
    ("meals2", ALEX, Voice("en+Annie", pitch=45), [
        ("What made you try us?",
         "I saw an offer on Instagram for sixty percent off the first box.", "discovery", "neutral"),
        ("How was setting up your account?",
         "The app kept logging me out while I was entering my address, it was really annoying.", "onboarding", "negative"),
        ("How does cooking with the kits fit your week?",
         "The meals are quick and tasty, the kids actually eat their vegetables now.", "everyday_use", "positive"),
        ("Have you needed to contact customer service?",
         "The chat bot just sends me in circles and I never reach a real person.", "support", "negative"),
        ("Do you plan to keep your subscription?",
         "I've already paused it and I will probably cancel next month.", "renewal", "negative"),
    ]),
    ("meals3", SAM, Voice("en-gb-x-gbclan+f2"), [
        ("How did you first find out about us?",
         "A colleague brought one of your recipes for lunch and it looked delicious.", "discovery", "positive"),
        ("Tell me about your first delivery.",
         "The driver left the box in the rain and the cardboard had fallen apart.", "onboarding", "negative"),
        ("What do you think of the portions?",
         "The portions are generous, we usually have leftovers for lunch the next day.", "everyday_use", "positive"),
        ("How do you pay for it?",
         "It comes out of my credit card every Friday.", "billing", "neutral"),
        ("Would you recommend us to a friend?",
         "Definitely, I'm staying with you, I've already told three friends about it.", "renewal", "positive"),
    ]),
    ("meals4", ALEX, Voice("en+Alicia"), [
        ("Why did you choose our service?",
         "I looked at two other meal kits and yours had the best vegetarian choice by far.", "discovery", "positive"),
        ("How easy was it to get going?",
         "Skipping a week was hidden deep in the settings, I only found it after I'd been charged.", "onboarding", "negative"),
        ("How are the recipes working out?",
         "The recipe cards are clear and everything I've cooked has turned out well.", "everyday_use", "positive"),
        ("Have you spoken to the support team?",
         "I waited two days for an email reply about a broken jar of sauce.", "support", "negative"),
        ("What about the subscription cost?",
         "The new prices are fair, it works out cheaper than my weekly shop.", "billing", "positive"),
    ]),
    ("meals5", SAM, Voice("en-us+f3", pitch=70), [
        ("Where did you come across us?",
         "I got a leaflet through the door with a discount code.", "discovery", "neutral"),
        ("How was getting started with the app?",
         "Signing up took two minutes and picking a delivery day was simple.", "onboarding", "positive"),
        ("How is the food itself?",
         "The fish was off when it arrived and the whole kitchen smelled of it.", "everyday_use", "negative"),
        ("How were you billed last month?",
         "You took the money twice and it took three weeks to get it back.", "billing", "negative"),
        ("Are you going to carry on with us?",
         "Yes, I'll keep it going, it saves me so much time on weeknights.", "renewal", "positive"),
    ]),
    ("meals6", ALEX, Voice("en+Annie"), [
        ("How did you decide to sign up?",
         "A review on a food blog said you were the best value, and that convinced me.", "discovery", "positive"),
        ("What were the first few weeks like?",
         "The first weeks were confusing, I kept getting recipes with nuts even though I'd ticked the allergy box.", "onboarding", "negative"),
        ("How do the deliveries go now?",
         "Deliveries always arrive on time and the packaging is mostly recyclable, which I like.", "everyday_use", "positive"),
        ("What happened when you called us?",
         "The lady on the phone was really kind and sorted out my allergy settings straight away.", "support", "positive"),
        ("Are you thinking about leaving?",
         "I'm tempted by a cheaper service, but for now I'm staying.", "renewal", "neutral"),
    ]),
]

PARTS = {"held-out": INTERVIEWS, "tuning": TUNING}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="a folder for the audio and the datasets")
    parser.add_argument("--part", choices=sorted(PARTS), default="held-out",
                        help="held-out: the pet-insurance interviews (default); tuning: the meal-kit ones")
    args = parser.parse_args(argv)
    part = PARTS[args.part]
    files = render_missing([(stem, {I: ask, C: say}, interview_lines(((q, a) for q, a, _, _ in interview), stem))
                            for stem, ask, say, interview in part],
                           args.out / "audio")
    data = args.out / "datasets"
    done = run_verbatim(args.out / "prefect", "process", *files, "--out", str(data))
    if done.returncode != 0:
        print(done.stderr[-3000:])
        return 2

    import duckdb

    stems = dict(duckdb.sql(f"SELECT recording_id, source_uri FROM read_parquet('{data}/recordings/*/*.parquet')").fetchall())
    said = duckdb.sql(f"SELECT recording_id, text, journey_stage, sentiment FROM read_parquet('{data}/statements/*/*.parquet') "
                      "ORDER BY recording_id, start_s").fetchall()
    planted = {stem: interview for stem, _, _, interview in part}
    stage_right = feel_right = total = swaps = 0
    misses = []
    for recording, text, stage, feeling in said:
        answers = planted.get(Path(stems[recording]).stem, [])
        index = planted_index([a[1] for a in answers], text)
        if index is None:
            continue
        _, _, want_stage, want_feeling = answers[index]
        total += 1
        stage_right += stage == want_stage
        feel_right += feeling == want_feeling
        swaps += {feeling, want_feeling} == {"positive", "negative"}
        if stage != want_stage or feeling != want_feeling:
            misses.append(f"  stage {want_stage}/{stage}  feeling {want_feeling}/{feeling}: {text}")
    answers_total = sum(len(i) for *_, i in part)
    print(f"statements matched to a planted answer: {total} (answers planted: {answers_total})")
    print(f"journey stage right: {stage_right}/{total} = {stage_right / max(total, 1):.3f}  (hidden check: >= 0.70)")
    print(f"sentiment right:     {feel_right}/{total} = {feel_right / max(total, 1):.3f}  (hidden check: >= 0.80), "
          f"positive/negative swaps {swaps} (at most 1)")
    print("misses (planted/got):\n" + "\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
