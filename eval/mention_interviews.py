"""Competitor mentions, feature requests and requests for an example in rendered interviews.

    uv run python -m eval.mention_interviews --out DIR                      # held out: online shop platforms
    uv run python -m eval.mention_interviews --part tuning --out DIR        # tuning: an e-mail marketing tool
    uv run python -m eval.mention_interviews --part bookkeeping --out DIR   # read since scored (also crm, task-board, hr, salon, restaurant)
    VERBATIM_HEAR_NAMES=false uv run python -m eval.mention_interviews ...  # without the names heard again

Six scripted interviews per part, five exchanges each, every question planted with whether it
asks for a specific example and every customer answer with the configured competitors it names
and whether it asks for a feature. Rendered with espeak-ng and processed as a user would
(``verbatim process FILES --out DIR --competitors "A,B,C,D"``), then scored as issue 23's hidden
check counts: each planted competitor mention found as kind ``competitor`` with its configured
term in the statement of the answer that says it (any other is a false one), each planted feature
request found in the answer that makes it (a request found in another answer is a false one),
each planted request for an example flagged in ``questions.asks_for_example`` (a flag on another
question is a false one). Prints the counts and every miss and false find.

The answers hold what makes these hard on audio: names Whisper splits or misspells ("square
space", "hubpot"), a common word that sounds like a listed name, a wish that is no request ("I
wish I'd found you sooner"), and follow-ups that ask no example ("Why was that?", "For example,
do you pay monthly?"). The e-mail and bookkeeping parts were written 2026-12-06 before either
was rendered; each later part was written as the held-out one and became a read part once its
misses had been looked at: bookkeeping (one rule followed), a CRM (``crm``: competitor verbs
followed), a task board (``task-board``: the guards of tasks/heard_names.py were set on it), HR
software (``hr``) and salon booking (``salon``: their false finds set heard_names.MAX_SURE and the
article rule of tasks/mentions.py), restaurant software (``restaurant``: its miss was read) and
now online shop platforms (``held-out``, the default), written after all of those.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import NamedTuple

from eval.redaction_interviews import run_verbatim
from eval.synth import Voice, interview_lines, planted_index, render_missing

I, C = "interviewer", "customer"
ALEX, SAM = Voice("en-us"), Voice("en+klatt")


class Exchange(NamedTuple):
    question: str
    asks_example: bool
    answer: str
    competitors: tuple[str, ...] = ()  # configured names the answer mentions as competitors
    request: bool = False  # the answer asks for a feature


X = Exchange
Part = tuple[str, list[tuple[str, Voice, Voice, list[Exchange]]]]  # (configured competitors, interviews)

# Tuning: an e-mail marketing tool for small online shops.
TUNING: Part = ("Mailchimp,Klaviyo,Squarespace,HubSpot", [
    ("mail1", ALEX, Voice("en-us+f3", pitch=60), [
        X("How did you end up with us?", False,
          "We were on Mailchimp for years, but the price kept going up as our list grew.", ("Mailchimp",)),
        X("Could you give me a specific example?", True,
          "Last spring we passed five thousand contacts and the bill nearly doubled overnight."),
        X("How do you find building a newsletter?", False,
          "The editor is lovely, I put together the Friday email in about ten minutes."),
        X("Is there anything you miss?", False,
          "I wish it could send the newsletter at a different time for each customer's time zone.", request=True),
        X("Why does that matter to you?", False,
          "About a third of our buyers are in Australia, so they get everything at three in the morning."),
    ]),
    ("mail2", SAM, Voice("en+Annie"), [
        X("Tell me a bit about your shop.", False,
          "We sell handmade candles, mostly through our own website on Squarespace.", ("Squarespace",)),
        X("Did you look at other tools before choosing us?", False,
          "We compared you with Klaviyo, but it felt built for much bigger shops than ours.", ("Klaviyo",)),
        X("Walk me through the last time you set up an automated email.", True,
          "I made the abandoned basket reminder on a Sunday evening, it took three goes to get the timing right."),
        X("What would make it easier?", False,
          "It would be great to have a preview of exactly when each email goes out.", request=True),
        X("Anything else you'd like to tell us?", False,
          "Honestly, I wish I'd found you sooner, it's made a real difference to our sales."),
    ]),
    ("mail3", ALEX, Voice("en+Annie", pitch=40), [
        X("How did you first hear about us?", False,
          "A friend who runs a bakery told me about you at a market in the square."),
        X("What did you use before?", False,
          "Our whole customer list lived in HubSpot, and moving it over was the scary part.", ("HubSpot",)),
        X("Tell me about a time when the import caused you trouble.", True,
          "Half the contacts lost their first names, so the welcome email said hello to nobody."),
        X("How did support handle that?", False,
          "They fixed it the same day and sent me a guide for next time."),
        X("If you could add one thing, what would it be?", False,
          "I'd pay extra for a tool that tidies up duplicate contacts on its own.", request=True),
    ]),
    ("mail4", SAM, Voice("en-us+f3", pitch=55), [
        X("What made you pick us?", False,
          "Klaviyo was too expensive for a shop our size and Mailchimp kept sending us to upgrade.", ("Klaviyo", "Mailchimp")),
        X("Can you think of a particular campaign that went well?", True,
          "Our Christmas sale email sold out the gift sets in two days."),
        X("Why do you think it worked?", False,
          "The photos looked great on phones, which is where most people open it."),
        X("What do you think of the reports?", False,
          "The reports are confusing, I never know which number actually matters."),
        X("What would help there?", False,
          "If only it had a simple weekly summary in plain words.", request=True),
    ]),
    ("mail5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        X("Tell me about your business.", False,
          "We sell vintage clothes online and at a couple of fairs each month."),
        X("How do you use the email tool?", False,
          "Mostly for new stock alerts, we send one every Thursday."),
        X("Have you ever thought about leaving?", False,
          "I was tempted by HubSpot's free plan, but it couldn't do the stock alerts.", ("HubSpot",)),
        X("For example, do you send anything to people who haven't bought in a while?", False,
          "Not yet, we just haven't had the time to set it up."),
        X("How do you feel about the price?", False,
          "It's fair for what we get, no complaints there."),
    ]),
    ("mail6", SAM, Voice("en+Alicia"), [
        X("How did you get started with us?", False,
          "We moved from Squarespace email campaigns when we outgrew the templates.", ("Squarespace",)),
        X("What happened next?", False,
          "The first month was slow, because I had to rebuild every template by hand."),
        X("Could you walk me through a specific time it saved you work?", True,
          "When a supplier let us down I paused every scheduled email with one switch."),
        X("Is there anything you'd change?", False,
          "I would love the ability to test two subject lines on a small group first.", request=True),
        X("Would you recommend us?", False,
          "I already have, to two other stall holders at the fair."),
    ]),
])

# Held out until first scored (2026-12-06): a bookkeeping app for tradespeople. Its misses were
# read and led to one rule (see HELD_OUT), so it counts as tuning since.
BOOKKEEPING: Part = ("QuickBooks,FreshBooks,PayPal,Square", [
    ("books1", SAM, Voice("en-us+f3", pitch=60), [
        X("Tell me about your work.", False,
          "I'm a plumber, I work on my own and do the books in the evenings."),
        X("What did you use before us?", False,
          "I used QuickBooks for two years but it was far more than a one man business needs.", ("QuickBooks",)),
        X("Could you give me an example of what felt like too much?", True,
          "There were whole menus for stock and payroll that I never once opened."),
        X("How do you get paid by customers?", False,
          "Most people pay me by card on a Square reader, the rest by bank transfer.", ("Square",)),
        X("Is there anything you wish the app did?", False,
          "I wish it could pull the card payments in by itself instead of me typing them.", request=True),
    ]),
    ("books2", ALEX, Voice("en+Annie"), [
        X("How did you find us?", False,
          "An electrician I work with showed me the app on his phone."),
        X("Did you compare us with anything?", False,
          "I looked at FreshBooks, but it's made for designers and agencies, not people in vans.", ("FreshBooks",)),
        X("How do you find sending invoices?", False,
          "Sending an invoice from the job site is quick, I do it before I leave the house."),
        X("Walk me through the last time a customer paid late.", True,
          "A landlord owed me six hundred pounds for eight weeks and I had to chase him by text."),
        X("What would have helped?", False,
          "It would be great to have automatic reminders that go out after a week.", request=True),
    ]),
    ("books3", SAM, Voice("en+Annie", pitch=40), [
        X("How did setting up go?", False,
          "Setting up was easy, my accountant was connected on the first day."),
        X("How do customers pay you?", False,
          "A lot of them send money through PayPal, which takes its cut.", ("PayPal",)),
        X("Why does that bother you?", False,
          "On a big boiler job the fee comes to more than I'd like to lose."),
        X("Tell me about a time when the app saved you from a mistake.", True,
          "It warned me I'd already billed a customer for the same radiator, so I didn't charge him twice."),
        X("Anything else?", False,
          "I'd pay extra for a version my apprentice could log his hours on.", request=True),
    ]),
    ("books4", ALEX, Voice("en-us+f3", pitch=55), [
        X("What made you switch to us?", False,
          "We switched from QuickBooks because the price went up every single year.", ("QuickBooks",)),
        X("How do you find the receipts feature?", False,
          "Snapping receipts in the van works well, even with greasy fingers."),
        X("Can you think of a particular occasion when it didn't work?", True,
          "At a builder's merchant with no signal the photo just sat there and never uploaded."),
        X("What do you do about your tax return?", False,
          "My accountant does it, she just logs in and takes what she needs."),
        X("How do you feel about the price?", False,
          "It's fair, I'd happily pay the same again next year."),
    ]),
    ("books5", SAM, Voice("en-gb-x-gbclan+f2"), [
        X("Tell me about your business.", False,
          "We're a family firm of roofers, three of us, based just off the market square."),
        X("How did you choose us?", False,
          "We tried FreshBooks and PayPal's invoicing before, and neither did construction industry tax.", ("FreshBooks", "PayPal")),
        X("How did that make you feel?", False,
          "Honestly it was a relief to find something that understood how we get paid."),
        X("What would you change?", False,
          "If only it had a way to split one job's costs between two sites.", request=True),
        X("Would you recommend us?", False,
          "I wish I'd known about you when we started out, I'd tell any roofer to use it."),
    ]),
    ("books6", ALEX, Voice("en+Alicia"), [
        X("How long have you been with us?", False,
          "About a year, since my brother set me up with it."),
        X("What else do you use to run the business?", False,
          "The card machine is a Square one, and the money lands in my account the next day.", ("Square",)),
        X("For example, do you keep track of mileage in the app?", False,
          "I do, it works out my mileage from the jobs on the calendar."),
        X("Could you walk me through a specific week when you used that?", True,
          "In March I drove to eleven jobs and it added up every mile for the tax return."),
        X("Is there anything missing?", False,
          "I would love the ability to send a quote and turn it into an invoice with one tap.", request=True),
    ]),
])

# Held out, second batch: a CRM for small agencies, written after the bookkeeping batch had been
# scored (its misses led to the sound-alike rule for names said as two everyday words, "fresh
# hooks" for FreshBooks), so that the rule is measured on interviews it was not made on.
HELD_OUT: Part = ("Salesforce,HubSpot,Freshsales,Copper", [
    ("crm1", ALEX, Voice("en-us+f3", pitch=60), [
        X("Tell me about your agency.", False,
          "We're a design studio of nine people, and our sales force is really just me and one other."),
        X("What did you use to track clients before?", False,
          "We ran everything through Salesforce, which was like driving a lorry to the corner shop.", ("Salesforce",)),
        X("Could you give me a specific example of that?", True,
          "Adding one new contact took six screens and a required field nobody understood."),
        X("How is it now?", False,
          "Now I add a lead from my phone between meetings in a few seconds."),
        X("Is there anything you'd like us to add?", False,
          "I wish it could read a business card from a photo and fill in the contact.", request=True),
    ]),
    ("crm2", SAM, Voice("en+Annie"), [
        X("How did you hear about us?", False,
          "A client mentioned you on a call and I signed up for the trial that afternoon."),
        X("Did you consider anything else?", False,
          "We trialled HubSpot for a month, but the price jumped once we needed more than two users.", ("HubSpot",)),
        X("Why did that matter so much?", False,
          "We're small, and every seat we pay for has to earn its keep."),
        X("Walk me through how you follow up after a pitch.", True,
          "After the last pitch I set a reminder for three days later and the app nudged me on the morning."),
        X("What would make that better?", False,
          "It would be great to have email templates for the follow up so I'm not writing the same thing.", request=True),
    ]),
    ("crm3", ALEX, Voice("en+Annie", pitch=40), [
        X("What do you use the pipeline view for?", False,
          "Every Monday we go through the pipeline together and move the cards along."),
        X("Have you looked at other tools lately?", False,
          "Our developer keeps pushing Freshsales because it's cheaper, but I don't want to move again.", ("Freshsales",)),
        X("Tell me about a time when the pipeline view helped you win work.", True,
          "In January it showed a proposal we'd forgotten for three weeks, and we rang them and got the job."),
        X("How do you feel about the reports?", False,
          "The reports are slow to load and I can never export them the way our accountant wants."),
        X("For example, do you send them as spreadsheets?", False,
          "Yes, usually, and I end up fixing the columns by hand."),
    ]),
    ("crm4", SAM, Voice("en-us+f3", pitch=55), [
        X("How did you end up choosing us?", False,
          "We compared you with Copper and Salesforce, and yours was the only one that felt made for a small team.", ("Copper", "Salesforce")),
        X("What happened when you moved your contacts over?", False,
          "The import kept every note and tag, which I honestly didn't expect."),
        X("Can you think of a particular client where that mattered?", True,
          "One client has fifteen years of history with us, and every call note came across."),
        X("What would you change about the app?", False,
          "I'd pay extra for a shared inbox so the whole team sees client emails in one place.", request=True),
        X("Anything else?", False,
          "The office has copper pipes that bang every morning, but that's not your problem."),
    ]),
    ("crm5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        X("How long have you been a customer?", False,
          "Two years this spring, since we left HubSpot.", ("HubSpot",)),
        X("Why did you leave?", False,
          "It had grown into so many tools that we used a tenth of it and paid for all of it."),
        X("How do you find support?", False,
          "Support answered my question about merging contacts within the hour."),
        X("Could you walk me through the last time you needed them?", True,
          "Last month two contacts merged by mistake and they split them back the same afternoon."),
        X("What's missing for you?", False,
          "If only it had a calendar that shows which client meeting is where, with travel time.", request=True),
    ]),
    ("crm6", SAM, Voice("en+Alicia"), [
        X("Tell me about your team.", False,
          "We're four consultants, mostly working from home and meeting clients on site."),
        X("What did you use before us?", False,
          "Spreadsheets, and before that I tried Freshsales for a few weeks but never got the team on it.", ("Freshsales",)),
        X("Why didn't the team take to it?", False,
          "Too many fields, people just stopped filling them in."),
        X("Is there anything you wish we did?", False,
          "I wish I'd found you two years earlier, honestly, it would have saved us a lot of lost leads."),
        X("How do you feel about the price?", False,
          "It's fair for four people, I'd be happy to keep paying it."),
    ]),
])

# Held out, third batch (2026-12-06, 05:35): a task board for small teams, written before it
# was rendered or scored, after the CRM part's misses had been read (so the CRM part is no
# longer held out for competitor cues: see docs/analysts.md). Names that are common words too
# ("Notion", "Basecamp") and a customer's words for weighing a product ("recommended",
# "ditched", "was tempted by").
TASK_BOARD: Part = ("Trello,Asana,Basecamp,Notion", [
    ("task1", ALEX, Voice("en-us+f3", pitch=60), [
        X("Tell me a little about your team.", False,
          "We're a small architecture practice, six of us, always juggling a dozen projects."),
        X("How did you keep track of work before?", False,
          "We had everything on Trello boards, but with a dozen projects the boards got out of hand.", ("Trello",)),
        X("Could you give me a specific example?", True,
          "Last autumn two of us drew the same floor plan because the card had been copied twice."),
        X("What do you like about the timeline view?", False,
          "I can see every deadline for the month on one screen, which I never could before."),
        X("Is there anything you'd like us to add?", False,
          "I wish it could link a task to the drawing file it's about.", request=True),
    ]),
    ("task2", SAM, Voice("en+Annie"), [
        X("How did you find us?", False,
          "A friend who runs a charity recommended you over lunch."),
        X("Did you look at anything else?", False,
          "We tried Asana first, but it felt like it was made for much bigger companies.", ("Asana",)),
        X("Walk me through the last time you planned a project with us.", True,
          "For the spring fair I set up the whole board in one evening and shared it with the volunteers."),
        X("How did the volunteers get on?", False,
          "Most of them had no notion how to use a task board, but they picked it up in a day."),
        X("What would make it easier for them?", False,
          "It would be great to have a simple view for people who only need to tick things off.", request=True),
    ]),
    ("task3", ALEX, Voice("en+Annie", pitch=40), [
        X("What did you use before us?", False,
          "We were on Basecamp for years, and honestly it was fine until the price went up.", ("Basecamp",)),
        X("Tell me about a time when the price change hit you.", True,
          "The renewal came in at double what we paid, right in the middle of our quiet season."),
        X("How do you feel about our price?", False,
          "It's fair, we pay less and get more."),
        X("Have you ever been on a trip with the team?", False,
          "Last summer we hiked to a base camp in the Alps, which was the best team day we've had."),
        X("Is there anything you miss?", False,
          "If only it had a way to repeat a task every month without setting it up again.", request=True),
    ]),
    ("task4", SAM, Voice("en-us+f3", pitch=55), [
        X("Why did you switch tools?", False,
          "We ditched Notion because our project notes and our tasks kept drifting apart.", ("Notion",)),
        X("Can you think of a particular project where that hurt?", True,
          "On the library refit a client change sat in a note for two weeks and nobody turned it into a task."),
        X("How is it now?", False,
          "Now every comment can become a task with one click, so nothing gets lost."),
        X("What do you think of the mobile app?", False,
          "The app is slow to open on site, which is where I need it most."),
        X("For example, on a building site with poor signal?", False,
          "Yes, exactly, it just spins and I give up."),
    ]),
    ("task5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        X("How long have you used the board?", False,
          "About a year, since our office manager set it up."),
        X("Were you tempted by anything else?", False,
          "I was tempted by Trello's free plan, but it couldn't show who was overloaded.", ("Trello",)),
        X("Could you walk me through how you share out work each week?", True,
          "On Monday mornings I look at who has the fewest cards and give them the new jobs."),
        X("What would help with that?", False,
          "I'd pay extra for a chart that shows each person's hours for the week.", request=True),
        X("Anything else you'd like to tell us?", False,
          "Honestly, I wish we'd switched sooner, the team is a lot calmer."),
    ]),
    ("task6", SAM, Voice("en+Alicia"), [
        X("Tell me about your work.", False,
          "I run a small events company, mostly weddings and a few conferences each year."),
        X("What did you compare us with?", False,
          "We compared you with Asana and Basecamp, and yours was the easiest for my freelancers.", ("Asana", "Basecamp")),
        X("Why does that matter?", False,
          "Freelancers come and go every month, so they can't spend a day learning a tool."),
        X("Tell me about a time when a freelancer struggled.", True,
          "A new florist missed a delivery because she never saw the task assigned to her."),
        X("How do you feel about the notifications?", False,
          "They're fine, though I'd like fewer emails and more texts."),
    ]),
])

# Held out, fourth batch (2026-12-06, 06:05): HR software for small firms, written before it was
# rendered or scored, after the task-board part's misses had been read while the name-hearing
# pass (tasks/heard_names.py) was tuned. Names that are words or phrases too ("Workday" and "my
# work day", "Gusto" and "with gusto").
HR_TOOL: Part = ("BambooHR,Workday,Gusto,Rippling", [
    ("hr1", ALEX, Voice("en-us+f3", pitch=60), [
        X("Tell me about your company.", False,
          "We run three bakeries with about forty staff, most of them part time."),
        X("How did you handle holidays before?", False,
          "We kept everything in BambooHR, but it was more than a bakery needs.", ("BambooHR",)),
        X("Could you give me a specific example?", True,
          "Two bakers booked the same week off in August and nobody noticed until the rota came out."),
        X("How do your staff find the app?", False,
          "They like it, most of them check their shifts at the end of the work day."),
        X("Is there anything you'd like us to add?", False,
          "I wish it could swap shifts between two people without me approving every one.", request=True),
    ]),
    ("hr2", SAM, Voice("en+Annie"), [
        X("How did you find us?", False,
          "Our accountant suggested you when we opened the second shop."),
        X("Did you look at anything else?", False,
          "We looked at Gusto, but it's built for American payroll.", ("Gusto",)),
        X("Walk me through the last time you ran payroll.", True,
          "Last Friday I checked the hours, fixed one missing shift and paid everyone in ten minutes."),
        X("How did your team react to the change?", False,
          "They took to it with gusto, honestly, even the older bakers."),
        X("What would make payroll easier?", False,
          "It would be great to have the tips split out automatically.", request=True),
    ]),
    ("hr3", ALEX, Voice("en+Annie", pitch=40), [
        X("What did you use before us?", False,
          "Before you we paid for Workday, which was far too big and far too expensive.", ("Workday",)),
        X("Tell me about a time when that hurt.", True,
          "Setting up a new starter took me a whole afternoon of forms."),
        X("How long does it take now?", False,
          "About ten minutes, and they fill in most of it themselves."),
        X("What do you think of the reports?", False,
          "The reports are fine, though I can never find the overtime total."),
        X("For example, by the week?", False,
          "Yes, by the week would be enough."),
    ]),
    ("hr4", SAM, Voice("en-us+f3", pitch=55), [
        X("How long have you been with us?", False,
          "Nearly two years now, since the business grew past ten people."),
        X("Did you consider other tools?", False,
          "Rippling was the other one on our list, but the sales calls never stopped.", ("Rippling",)),
        X("Can you think of a particular week where we saved you time?", True,
          "During the Christmas rush I covered six sick days from my phone on the bus."),
        X("What's missing for you?", False,
          "If only it had a way to message everyone on one shift at once.", request=True),
        X("Anything else you'd like to tell us?", False,
          "Honestly, I wish we'd found you sooner, the office is a lot quieter."),
    ]),
    ("hr5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        X("Tell me about your team.", False,
          "I run a cleaning company, twenty cleaners across the city."),
        X("Why did you switch?", False,
          "We left Gusto because the support line was only open in American hours.", ("Gusto",)),
        X("Could you walk me through how you plan a week of jobs?", True,
          "On Sunday evening I drag each job onto a cleaner and the app texts them the addresses."),
        X("What would help there?", False,
          "I'd pay extra for a map that shows which cleaner is nearest the next job.", request=True),
        X("Do you keep any plants in the office?", False,
          "Just a bamboo plant on my desk, it's the only thing I can't kill."),
    ]),
    ("hr6", SAM, Voice("en+Alicia"), [
        X("Tell me about your work.", False,
          "I'm the office manager at a dental practice with twelve staff."),
        X("What did you compare us with?", False,
          "We compared you with BambooHR and Workday, and yours was the only one a dentist could afford.", ("BambooHR", "Workday")),
        X("Why does price matter so much?", False,
          "Every pound we spend on software is a pound not spent on new equipment."),
        X("Tell me about a time when the holiday planner helped.", True,
          "In the summer it warned me that three nurses wanted the same fortnight off."),
        X("How do you feel about the mobile app?", False,
          "It's fine, though the text is small on my phone."),
    ]),
])

# Held out, fifth batch (2026-12-06, 08:00): booking software for hair and beauty salons, written
# before it was rendered or scored, after the HR part's two false finds had been read and before
# any rule for them. Names that are words too ("Square" and "the town square", "a square mirror").
SALON: Part = ("Fresha,Booksy,Treatwell,Square", [
    ("salon1", ALEX, Voice("en-us+f3", pitch=60), [
        X("Tell me about your salon.", False,
          "I have a small hair salon by the town square, four chairs and two juniors."),
        X("How did clients book before?", False,
          "Before you we took bookings through Fresha, but the fees on new clients added up fast.", ("Fresha",)),
        X("Could you give me a specific example?", True,
          "One month I paid more in booking fees than I spent on colour."),
        X("How do your clients find booking now?", False,
          "They like it, most of them book late at night from their phones."),
        X("Is there anything you'd like us to add?", False,
          "I wish it could send a reminder the day before with the price of the treatment.", request=True),
    ]),
    ("salon2", SAM, Voice("en+Annie"), [
        X("How did you hear about us?", False,
          "Another stylist at a training day told me about you."),
        X("Did you look at anything else?", False,
          "We tried Booksy for a month, but the calendar kept double booking my chair.", ("Booksy",)),
        X("Walk me through the last time that happened.", True,
          "Two brides turned up at nine on a Saturday and I had one chair free."),
        X("How did you sort it out?", False,
          "My junior did one bride's hair in the back room, it was chaos."),
        X("What would make Saturdays easier?", False,
          "It would be great to have a waiting list that fills a cancelled slot on its own.", request=True),
    ]),
    ("salon3", ALEX, Voice("en+Annie", pitch=40), [
        X("What do you use to take payments?", False,
          "We take cards on a Square reader at the front desk.", ("Square",)),
        X("Tell me about a time when payments caused trouble.", True,
          "Last week the reader and the booking never matched, so my end of day totals were wrong."),
        X("How long did that take to fix?", False,
          "About an hour every evening, going through each receipt by hand."),
        X("What do you think of the new mirror displays?", False,
          "The square mirror by the window is lovely, clients take photos in it all the time."),
        X("Why do you think they like it?", False,
          "The light is soft there, so everyone looks good."),
    ]),
    ("salon4", SAM, Voice("en-us+f3", pitch=55), [
        X("How long have you been with us?", False,
          "Nearly a year now, since I opened the nail bar."),
        X("Were you tempted by anything else?", False,
          "Treatwell was on my list, but they wanted a cut of every booking.", ("Treatwell",)),
        X("Can you think of a particular day when we saved you time?", True,
          "On Mother's Day I rebooked twelve clients from my phone while the power was out."),
        X("What's missing for you?", False,
          "If only it had a way to sell gift cards on the booking page.", request=True),
        X("Anything else you'd like to tell us?", False,
          "Honestly, I wish I'd found you sooner, my evenings are my own again."),
    ]),
    ("salon5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        X("Tell me about your business.", False,
          "I run a barber shop with three barbers and a lot of walk ins."),
        X("Why did you switch?", False,
          "We left Booksy because the app kept logging my barbers out.", ("Booksy",)),
        X("Could you walk me through how you handle walk ins?", True,
          "When someone walks in I add them to the queue on the tablet and it texts them when a chair is free."),
        X("What would help there?", False,
          "I'd pay extra for a screen in the window that shows how long the wait is.", request=True),
        X("Do you do anything else in the shop?", False,
          "We sell a few beard oils and treat well behaved dogs to a biscuit."),
    ]),
    ("salon6", SAM, Voice("en+Alicia"), [
        X("Tell me about your work.", False,
          "I manage a beauty clinic with eight therapists and two rooms."),
        X("What did you compare us with?", False,
          "We compared you with Fresha and Treatwell, and yours was the only one without a commission.", ("Fresha", "Treatwell")),
        X("Why does commission matter so much?", False,
          "Our margins on facials are thin, so every percent counts."),
        X("Tell me about a time when the reminders helped.", True,
          "In December the reminders cut our no shows from ten a week to two."),
        X("How do you feel about the reports?", False,
          "They're fine, though I'd like to see each therapist's rebooking rate.", request=True),
    ]),
])

# Held out, sixth batch (2026-12-06, 08:25): software for restaurants, written before it was
# rendered or scored, after the salon part had been read (its one false find set
# tasks/heard_names.MAX_SURE, and "the market square" the article rule of tasks/mentions.py).
# Names that are words too ("Toast" and "beans on toast", "Lightspeed" and "at light speed").
RESTAURANT: Part = ("OpenTable,Toast,Deliveroo,Lightspeed", [
    ("rest1", ALEX, Voice("en-us+f3", pitch=60), [
        X("Tell me about your restaurant.", False,
          "We run a family Italian place with forty covers and a small terrace."),
        X("How did guests book a table before?", False,
          "We used OpenTable for years, but the cover fees ate into a quiet month.", ("OpenTable",)),
        X("Could you give me a specific example?", True,
          "Last February we paid more in fees than we made on the Tuesday nights."),
        X("How do your staff find the new system?", False,
          "They picked it up fast, the waiters learned it in one shift."),
        X("Is there anything you'd like us to add?", False,
          "I wish it could warn the kitchen when a table of ten books for the same hour.", request=True),
    ]),
    ("rest2", SAM, Voice("en+Annie"), [
        X("How did you hear about us?", False,
          "A chef I used to work with mentioned you at a food fair."),
        X("Did you look at anything else?", False,
          "We looked at Toast for the tills, but it wasn't sold here yet.", ("Toast",)),
        X("Walk me through the last time the tills let you down.", True,
          "On a Saturday in May the card machine froze and we wrote forty bills by hand."),
        X("What do you serve at breakfast?", False,
          "Mostly eggs and beans on toast, and very strong coffee."),
        X("What would make service easier?", False,
          "It would be great to have the bill split by seat without asking the waiter.", request=True),
    ]),
    ("rest3", ALEX, Voice("en+Annie", pitch=40), [
        X("How do you handle takeaway?", False,
          "Most of our takeaway comes through Deliveroo, and the riders wait at the side door.", ("Deliveroo",)),
        X("Tell me about a time when takeaway caused trouble.", True,
          "One Friday the orders came in faster than the kitchen could cook, and we had to pause it."),
        X("How long did it take to catch up?", False,
          "About an hour, and two customers gave us one star."),
        X("How did the team feel after that night?", False,
          "Tired, but we raised a glass at closing and laughed about it."),
        X("What would help with that?", False,
          "If only it had a button that slows the orders when the kitchen is full.", request=True),
    ]),
    ("rest4", SAM, Voice("en-us+f3", pitch=55), [
        X("How long have you been with us?", False,
          "Nearly two years, since we opened the second site."),
        X("Did you consider other systems?", False,
          "We switched from Lightspeed because their support never called back.", ("Lightspeed",)),
        X("Can you think of a particular night when we saved you?", True,
          "On New Year's Eve the tills ran all night without a single crash."),
        X("How fast is the kitchen screen?", False,
          "Orders show up at light speed now, the chefs love it."),
        X("Anything else you'd like to tell us?", False,
          "Honestly, I wish we'd moved sooner, the team is calmer."),
    ]),
    ("rest5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        X("Tell me about your business.", False,
          "I own a small noodle bar near the station, mostly lunch trade."),
        X("Why did you change systems?", False,
          "We left Toast after a year because the hardware kept breaking.", ("Toast",)),
        X("Could you walk me through how you close the till at night?", True,
          "At ten I count the cash, press one button and the report goes to my accountant."),
        X("What would help there?", False,
          "I'd pay extra for tips shared out to the staff automatically.", request=True),
        X("Do you do anything for regulars?", False,
          "We give them a free drink on their birthday and remember their order."),
    ]),
    ("rest6", SAM, Voice("en+Alicia"), [
        X("Tell me about your work.", False,
          "I manage a busy pub with a kitchen and a quiz night on Thursdays."),
        X("What did you compare us with?", False,
          "We compared you with OpenTable and Deliveroo, and yours was the only one that does both.", ("OpenTable", "Deliveroo")),
        X("Why does doing both matter?", False,
          "One screen for bookings and takeaway means one less thing to watch."),
        X("Tell me about a time when the bookings helped.", True,
          "At Christmas the deposits stopped the big groups from cancelling at the last minute."),
        X("How do you feel about the reports?", False,
          "They're fine, though the wine sales are hard to find."),
    ]),
])

# Held out, seventh batch (2026-12-06, 19:00): online shop platforms, written before it was
# rendered or scored, after the restaurant part had been read (its miss, "We left Toast" heard
# as "We left talks"). Names Whisper may split ("Woo Commerce", "Big Commerce") and everyday
# words beside them ("a big commerce fair", "to woo buyers back").
SHOP: Part = ("Shopify,WooCommerce,Etsy,BigCommerce", [
    ("shop1", ALEX, Voice("en-us+f3", pitch=60), [
        X("Tell me about your shop.", False,
          "We sell hand-dyed wool and knitting kits, about two hundred orders a month."),
        X("Where did you sell before you came to us?", False,
          "We started on Etsy, but the listing fees added up once we grew.", ("Etsy",)),
        X("Could you give me a specific example of that?", True,
          "In March we paid nearly three hundred pounds in fees for one sale weekend."),
        X("How was moving your products over?", False,
          "Easier than I feared, the import took one afternoon."),
        X("Is there anything you'd like us to add?", False,
          "I wish it could print the postage labels straight from the order page.", request=True),
    ]),
    ("shop2", SAM, Voice("en+Annie"), [
        X("How did you find us?", False,
          "A friend who runs a tea shop told me about you at a craft market."),
        X("What else did you look at?", False,
          "We tried Shopify for a month, but the apps we needed cost extra every month.", ("Shopify",)),
        X("Walk me through the last time you changed your prices.", True,
          "Before Christmas I raised forty prices in one go with the bulk editor, it took five minutes."),
        X("How do you find the reports?", False,
          "They're clear, I check the weekly sales every Monday morning."),
        X("What would make your week easier?", False,
          "It would be great to have stock counts synced with my market stall.", request=True),
    ]),
    ("shop3", ALEX, Voice("en+Annie", pitch=40), [
        X("Tell me about your business.", False,
          "I make leather wallets and belts in a workshop behind my house."),
        X("Why did you change platforms?", False,
          "Our old site ran on WooCommerce, and every plugin update broke something.", ("WooCommerce",)),
        X("Tell me about a time when an update broke the site.", True,
          "One Friday the checkout stopped taking cards and we lost a whole weekend of orders."),
        X("How do you bring customers back?", False,
          "We try to woo buyers back with a small discount after their first order."),
        X("Anything you'd pay more for?", False,
          "I'd pay extra for gift wrapping options at the checkout.", request=True),
    ]),
    ("shop4", SAM, Voice("en-us+f3", pitch=55), [
        X("How long have you used us?", False,
          "Just over a year, since we moved the shop online full time."),
        X("Did you compare us with anyone?", False,
          "We compared you with BigCommerce and Shopify, and yours was simpler to set up.", ("BigCommerce", "Shopify")),
        X("Can you think of a particular day when the shop did well?", True,
          "On Black Friday we sold out of the winter range by lunchtime."),
        X("Where do you meet other sellers?", False,
          "Mostly at a big commerce fair in Birmingham every spring."),
        X("Anything else you'd like to tell us?", False,
          "Honestly, the support team has been patient with all my questions."),
    ]),
    ("shop5", ALEX, Voice("en-gb-x-gbclan+f2"), [
        X("Tell me about what you sell.", False,
          "We sell vintage cameras and lenses, each one tested by hand."),
        X("How did you sell before?", False,
          "We moved from Etsy because buyers kept asking for things we could not list there.", ("Etsy",)),
        X("Could you walk me through how you list a new camera?", True,
          "I take six photos, write the condition notes and set the price from recent sales."),
        X("What would help with that?", False,
          "Being able to copy a listing would save me a lot of typing.", request=True),
        X("How do you handle returns?", False,
          "Very few come back, and when they do we refund the same day."),
    ]),
    ("shop6", SAM, Voice("en+Alicia"), [
        X("Tell me about your role.", False,
          "I run the online side of a family bakery that ships biscuits across the country."),
        X("What were you using before?", False,
          "We had a Shopify store for three years before the costs pushed us to switch.", ("Shopify",)),
        X("Why did the costs go up?", False,
          "Every feature we wanted was another monthly app."),
        X("Tell me about the last time a delivery went wrong.", True,
          "A box of biscuits went to the wrong town, and the courier took a week to find it."),
        X("How do you feel about the delivery tracking?", False,
          "It works, though customers still ring us to ask where their parcel is."),
    ]),
])

PARTS = {"tuning": TUNING, "bookkeeping": BOOKKEEPING, "crm": HELD_OUT, "task-board": TASK_BOARD, "hr": HR_TOOL,
         "salon": SALON, "restaurant": RESTAURANT, "held-out": SHOP}


def score(data: Path, planted: dict[str, list], stems: dict[str, str]) -> tuple[list[str], list[str]]:
    """The hidden check's counts of competitors, feature requests and requests for an example in
    the datasets ``data`` (one line each) and every miss and false find; ``planted``: interview stem
    -> its exchanges (anything with ``question``, ``asks_example``, ``answer``, ``competitors``
    and ``request``), ``stems``: recording id -> interview stem (rows of any other recording are
    not counted)."""
    import duckdb

    mentions = [row for row in duckdb.sql(f"SELECT recording_id, kind, term, text FROM read_parquet('{data}/mentions/*/*.parquet') "
                                          "ORDER BY recording_id, start_s").fetchall() if row[0] in stems]
    questions = [row for row in duckdb.sql(f"SELECT recording_id, text, asks_for_example FROM read_parquet('{data}/questions/*/*.parquet') "
                                           "ORDER BY recording_id, start_s").fetchall() if row[0] in stems]
    report: list[str] = []

    # Competitors: each found mention belongs to the planted answer its statement transcribes, so
    # a distractor ("our sales force") is a false find even where the name is planted elsewhere
    # in the same recording; a mention in no planted answer is false too.
    want_c = {(stem, i, t) for stem, xs in planted.items() for i, x in enumerate(xs) for t in x.competitors}
    found_c: dict[tuple[str, int | None, str], list[str]] = {}
    for rec, kind, term, text in mentions:
        if kind == "competitor":
            xs = planted[stems[rec]]
            found_c.setdefault((stems[rec], planted_index([x.answer for x in xs], text), term), []).append(text)
    hit_c = want_c & set(found_c)
    false_c = set(found_c) - want_c
    report += [f"  competitor missed: {stem} {term}: {planted[stem][i].answer}" for stem, i, term in sorted(want_c - hit_c)]
    report += [f"  competitor false: {stem} {term} ({' | '.join(found_c[stem, i, term])})"
               for stem, i, term in sorted(false_c, key=str)]

    # Feature requests: a found request belongs to the planted answer its text comes from.
    want_r = {(stem, i) for stem, xs in planted.items() for i, x in enumerate(xs) if x.request}
    found_r: set[tuple[str, int]] = set()
    false_r = 0
    for rec, kind, _, text in mentions:
        if kind != "feature_request":
            continue
        xs = planted[stems[rec]]
        i = planted_index([x.answer for x in xs], text)
        if i is not None and xs[i].request:
            found_r.add((stems[rec], i))
        else:
            false_r += 1
            report.append(f"  request false: {stems[rec]} {text}")
    report += [f"  request missed: {stem} {planted[stem][i].answer}" for stem, i in sorted(want_r - found_r)]

    # Requests for an example: flagged questions against planted ones.
    want_e = {(stem, i) for stem, xs in planted.items() for i, x in enumerate(xs) if x.asks_example}
    found_e: set[tuple[str, int]] = set()
    false_e = 0
    for rec, text, flagged in questions:
        xs = planted[stems[rec]]
        i = planted_index([x.question for x in xs], text)
        if not flagged:
            continue
        if i is not None and xs[i].asks_example:
            found_e.add((stems[rec], i))
        else:
            false_e += 1
            report.append(f"  example request false: {stems[rec]} {text}")
    report += [f"  example request missed: {stem} {planted[stem][i].question}" for stem, i in sorted(want_e - found_e)]

    lines = [f"competitors: found {len(hit_c)}/{len(want_c)}, false {len(false_c)}  (hidden check: all but one, at most one false)",
             f"feature requests: found {len(found_r)}/{len(want_r)}, false {false_r}  (hidden check: all but one, at most two false)",
             f"example requests: found {len(found_e)}/{len(want_e)}, false {false_e}  (hidden check: all, at most one false)"]
    return lines, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="a folder for the audio and the datasets")
    parser.add_argument("--part", choices=sorted(PARTS), default="held-out",
                        help="held-out: the online-shop interviews (default); tuning: the e-mail marketing ones; "
                             "bookkeeping, crm, task-board, hr, salon and restaurant: the earlier held-out batches, read since")
    args = parser.parse_args(argv)
    competitors, part = PARTS[args.part]
    files = render_missing([(stem, {I: ask, C: say}, interview_lines(((x.question, x.answer) for x in exchanges), stem))
                            for stem, ask, say, exchanges in part],
                           args.out / "audio")
    data = args.out / "datasets"
    shutil.rmtree(data, ignore_errors=True)  # this command's own output of an earlier run: start clean
    done = run_verbatim(args.out / "prefect", "process", *files, "--out", str(data), "--competitors", competitors)
    if done.returncode != 0:
        print(done.stderr[-3000:])
        return 2

    import duckdb

    stems = {r: Path(uri).stem for r, uri in duckdb.sql(
        f"SELECT recording_id, source_uri FROM read_parquet('{data}/recordings/*/*.parquet')").fetchall()}
    lines, misses = score(data, {stem: exchanges for stem, _, _, exchanges in part}, stems)
    lines[0] = lines[0].replace("competitors:", f"competitors ({competitors}):")
    print("\n".join(lines))
    print("misses and false finds:\n" + ("\n".join(misses) or "  none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
