# ruff: noqa: E501
# Markdown paragraphs are kept on one line each, as an editor types them in the admin.
"""The demo's orientation texts, in English and Urdu, as seed_demo loads them.

Country guides for Saudi Arabia, the UAE, Qatar, Malaysia and South Korea (one page per
section of COUNTRY_SECTIONS), the four general topics, an archived page, and the
self-check quizzes. Bodies are Markdown: short paragraphs, lists, bold for key facts.

These are demo texts, written to be general and durable: no telephone numbers but the
countries' well-known emergency numbers, no addresses, no fee amounts. The department
must check them before they are used with real people (see the README).
"""

from apps.orientation.models import Topic

# code -> (slug prefix, name in English titles, name in Urdu titles)
COUNTRIES = {
    "SA": ("saudi-arabia", "Saudi Arabia", "سعودی عرب"),
    "AE": ("uae", "the UAE", "متحدہ عرب امارات"),
    "QA": ("qatar", "Qatar", "قطر"),
    "MY": ("malaysia", "Malaysia", "ملائیشیا"),
    "KR": ("south-korea", "South Korea", "جنوبی کوریا"),
}

# A guide page's slug is "<country>-<section>", e.g. "saudi-arabia-entry-and-work-permit".
SECTION_SLUGS = {
    Topic.ENTRY_PERMIT: "entry-and-work-permit",
    Topic.CONTRACT_RIGHTS: "contract-and-rights",
    Topic.WAGES: "wages-and-deductions",
    Topic.CONDITIONS: "working-and-living-conditions",
    Topic.CULTURE_LAW: "culture-and-law",
    Topic.HEALTH: "health",
    Topic.MONEY_HOME: "sending-money-home",
    Topic.EMBASSY: "embassy-and-welfare-attache",
    Topic.EMERGENCY: "emergency-numbers",
    Topic.COMPLAINTS: "how-to-complain",
}

# section -> (English title, Urdu title), {country} replaced by the country's name
SECTION_TITLES = {
    Topic.ENTRY_PERMIT: (
        "Entry and work permit for {country}",
        "{country} کے لیے داخلہ اور ورک پرمٹ",
    ),
    Topic.CONTRACT_RIGHTS: (
        "Your contract and your rights in {country}",
        "{country} میں آپ کا معاہدہ اور آپ کے حقوق",
    ),
    Topic.WAGES: ("Wages and deductions in {country}", "{country} میں تنخواہ اور کٹوتیاں"),
    Topic.CONDITIONS: (
        "Working and living conditions in {country}",
        "{country} میں کام اور رہائش کے حالات",
    ),
    Topic.CULTURE_LAW: ("Culture and law in {country}", "{country} کی ثقافت اور قانون"),
    Topic.HEALTH: ("Health in {country}", "{country} میں صحت"),
    Topic.MONEY_HOME: ("Sending money home from {country}", "{country} سے گھر پیسے بھیجنا"),
    Topic.EMBASSY: (
        "Embassy and community welfare attaché in {country}",
        "{country} میں سفارت خانہ اور کمیونٹی ویلفیئر اتاشی",
    ),
    Topic.EMERGENCY: ("Emergency numbers in {country}", "{country} میں ہنگامی نمبر"),
    Topic.COMPLAINTS: ("How to complain in {country}", "{country} میں شکایت کیسے کریں"),
}

# Each guide page: summary_en, summary_ur, body_en, body_ur, and optionally title_en and
# title_ur where the section's usual title does not fit. An empty body_ur is deliberate:
# the page shows its English text with a visible notice (the translation is not done).
GUIDES = {}

GUIDES["SA"] = {
    Topic.ENTRY_PERMIT: {
        "summary_en": "How you get a Saudi work visa through a licensed promoter, and the iqama your employer must arrange after you arrive.",
        "summary_ur": "لائسنس یافتہ پروموٹر کے ذریعے سعودی ورک ویزا کیسے ملتا ہے، اور پہنچنے کے بعد آجر کو آپ کا اقامہ کیوں بنوانا ہے۔",
        "body_en": """
You can work in Saudi Arabia only on a **work visa** requested by your employer (your sponsor). A visit visa, an Umrah visa or a Hajj visa does **not** allow you to work.

**Before you leave Pakistan**

- Get the job through a **licensed Overseas Employment Promoter** or a government body, never through a sub-agent.
- Pass the medical check at a centre approved for the Gulf countries (GAMCA).
- For some trades, Saudi Arabia asks for a skills test before the visa. Ask the centre whether your trade is one of them.
- Register with the **Protector of Emigrants** before you fly.

**After you arrive**

Your employer must arrange your residence permit, the **iqama**, and your work permit, and pay their fees. Carry your iqama with you: the police may ask for it. Watch its expiry date and remind your employer to renew it in time. You can also see your iqama on the government's Absher service.

Your passport belongs to you. Saudi rules do not allow an employer to keep it against your will.
""",
        "body_ur": """
سعودی عرب میں آپ صرف **ورک ویزا** پر کام کر سکتے ہیں، جو آپ کا آجر (کفیل) منگواتا ہے۔ وزٹ ویزا، عمرہ ویزا یا حج ویزا پر کام کرنے کی **اجازت نہیں**۔

**پاکستان سے روانگی سے پہلے**

- نوکری صرف **لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر** یا کسی سرکاری ادارے کے ذریعے لیں، کبھی سب ایجنٹ کے ذریعے نہیں۔
- خلیجی ممالک کے لیے منظور شدہ مرکز (GAMCA) سے طبی معائنہ کروائیں۔
- بعض ہنروں کے لیے سعودی عرب ویزا سے پہلے ہنر کا امتحان لیتا ہے۔ سینٹر سے پوچھیں کہ کیا آپ کا ہنر بھی ان میں شامل ہے۔
- جہاز پر سوار ہونے سے پہلے **پروٹیکٹر آف امیگرنٹس** کے دفتر میں اندراج کروائیں۔

**سعودی عرب پہنچنے کے بعد**

آپ کا رہائشی اجازت نامہ، یعنی **اقامہ**، اور ورک پرمٹ بنوانا آپ کے آجر کی ذمہ داری ہے، اور ان کی فیس بھی وہی ادا کرتا ہے۔ اقامہ ہر وقت اپنے پاس رکھیں، پولیس اسے دیکھ سکتی ہے۔ اس کی میعاد پر نظر رکھیں اور آجر کو وقت پر تجدید کی یاد دہانی کرائیں۔ آپ حکومت کی ابشر (Absher) سروس پر بھی اپنا اقامہ دیکھ سکتے ہیں۔

آپ کا پاسپورٹ آپ کی ملکیت ہے۔ سعودی قوانین آجر کو آپ کی مرضی کے خلاف آپ کا پاسپورٹ رکھنے کی اجازت نہیں دیتے۔
""",
    },
    Topic.CONTRACT_RIGHTS: {
        "summary_en": "What to check in your contract before you sign, and the rights Saudi labour law gives you.",
        "summary_ur": "دستخط سے پہلے معاہدے میں کیا دیکھیں، اور سعودی لیبر قانون آپ کو کون سے حقوق دیتا ہے۔",
        "body_en": """
Your employment contract is the most important paper you carry. Contracts in the private sector are recorded on the **Qiwa** platform of the **Ministry of Human Resources and Social Development**; contracts of domestic workers on the **Musaned** platform.

**Before you sign**

- Read the contract in a language you understand, or have it read to you at the centre.
- Check the job, the employer, the **basic wage and allowances**, the hours, leave, food and housing, and how long the contract lasts.
- The contract you sign in Pakistan must match the one in Saudi Arabia. Keep a copy, and a photo of it on your phone.

**Your rights under Saudi labour law**

- Your wage is paid on time, into a bank account.
- The employer pays the fees of your iqama and work permit, and of their renewal.
- A weekly day of rest, and paid annual leave.
- Your passport stays with you.
- An **end-of-service award** when your contract ends, as the law sets it.

If you are asked to sign a new contract with a lower wage after you arrive, **do not sign**: contact the Community Welfare Attaché.
""",
        "body_ur": """
ملازمت کا معاہدہ آپ کے پاس سب سے اہم کاغذ ہے۔ نجی شعبے کے معاہدے **وزارت انسانی وسائل و سماجی ترقی** کے **قوی (Qiwa)** پلیٹ فارم پر درج ہوتے ہیں، اور گھریلو ملازمین کے معاہدے **مساند (Musaned)** پلیٹ فارم پر۔

**دستخط کرنے سے پہلے**

- معاہدہ ایسی زبان میں پڑھیں جو آپ سمجھتے ہوں، یا سینٹر میں کسی سے پڑھوا کر سنیں۔
- کام، آجر، **بنیادی تنخواہ اور الاؤنس**، کام کے اوقات، چھٹیاں، کھانا، رہائش اور معاہدے کی مدت دیکھیں۔
- پاکستان میں جس معاہدے پر آپ دستخط کریں، سعودی عرب میں بھی وہی معاہدہ ہونا چاہیے۔ اس کی ایک کاپی اپنے پاس رکھیں اور فون میں اس کی تصویر بھی۔

**سعودی لیبر قانون کے تحت آپ کے حقوق**

- تنخواہ وقت پر، بینک اکاؤنٹ میں ملے۔
- اقامے اور ورک پرمٹ کی فیس، اور ان کی تجدید کی فیس، آجر ادا کرے۔
- ہفتے میں ایک دن آرام، اور تنخواہ کے ساتھ سالانہ چھٹی۔
- آپ کا پاسپورٹ آپ کے پاس رہے۔
- معاہدہ ختم ہونے پر، قانون کے مطابق، **سروس کے اختتام کا معاوضہ** ملے۔

اگر وہاں پہنچنے کے بعد آپ سے کم تنخواہ والے نئے معاہدے پر دستخط کرنے کو کہا جائے تو **دستخط نہ کریں**، کمیونٹی ویلفیئر اتاشی سے رابطہ کریں۔
""",
    },
    Topic.WAGES: {
        "summary_en": "How your wage is made up and paid, which deductions are allowed, and what to do when pay is late.",
        "summary_ur": "آپ کی تنخواہ کن حصوں سے بنتی ہے اور کیسے ملتی ہے، کون سی کٹوتی جائز ہے، اور تنخواہ دیر سے ملے تو کیا کریں۔",
        "body_en": """
**What you should be paid**

Your wage is what the contract says: a **basic wage** and the **allowances** written in it (for housing, food or transport). Overtime is paid at a higher rate than normal hours, as Saudi labour law sets it.

**How you are paid**

Employers pay wages into the worker's **bank account** and report the payments to the government's wage protection system. Ask for a **payslip** every month, and keep them all.

**Deductions**

- The employer may deduct only what the law allows, such as an advance you took or an amount a court ordered.
- The employer may **not** deduct the fees of your visa, iqama, work permit or recruitment: the employer bears them.
- Fines for lateness or damage must follow written work rules, and cannot take most of your wage.

**If your wage is late**

Write down every month that was paid late or short. Speak to your employer first; if nothing changes, complain to the Ministry of Human Resources and Social Development (see "How to complain").
""",
        "body_ur": """
**آپ کو کتنی تنخواہ ملنی چاہیے**

آپ کی تنخواہ وہی ہے جو معاہدے میں لکھی ہے: **بنیادی تنخواہ** اور معاہدے میں درج **الاؤنس** (رہائش، کھانے یا آنے جانے کے لیے)۔ سعودی لیبر قانون کے مطابق اوور ٹائم کی اجرت عام اوقات سے زیادہ ہوتی ہے۔

**تنخواہ کیسے ملتی ہے**

آجر تنخواہ کارکن کے **بینک اکاؤنٹ** میں جمع کراتے ہیں اور حکومت کے تنخواہ کے تحفظ کے نظام کو اس کی اطلاع دیتے ہیں۔ ہر مہینے **تنخواہ کی پرچی (پے سلپ)** مانگیں اور سب سنبھال کر رکھیں۔

**کٹوتیاں**

- آجر صرف وہی کٹوتی کر سکتا ہے جس کی قانون اجازت دیتا ہے، جیسے آپ کا لیا ہوا ایڈوانس یا عدالت کی حکم کردہ رقم۔
- ویزا، اقامہ، ورک پرمٹ یا بھرتی کی فیس آپ کی تنخواہ سے **نہیں** کاٹی جا سکتی: یہ خرچ آجر کا ہے۔
- دیر سے آنے یا نقصان پر جرمانہ لکھے ہوئے ضابطوں کے مطابق ہی ہو سکتا ہے، اور وہ آپ کی تنخواہ کا بڑا حصہ نہیں لے سکتا۔

**اگر تنخواہ دیر سے ملے**

ہر وہ مہینہ لکھ لیں جس کی تنخواہ دیر سے یا کم ملی۔ پہلے آجر سے بات کریں؛ اگر کچھ نہ بدلے تو وزارت انسانی وسائل و سماجی ترقی میں شکایت کریں (دیکھیں "شکایت کیسے کریں")۔
""",
    },
    Topic.CONDITIONS: {
        "summary_en": "Working hours, the midday heat rules, housing, and the rules for domestic workers.",
        "summary_ur": "کام کے اوقات، دوپہر کی گرمی کے قواعد، رہائش، اور گھریلو ملازمین کے قواعد۔",
        "body_en": """
**Working hours**

Normal work is up to **8 hours a day**, or 48 hours a week. In Ramadan, Muslim workers work fewer hours. Work beyond that is overtime, and is paid extra.

**Heat**

In the summer months, outdoor work in the sun is **banned in the middle of the day**. If you work outdoors, drink water often, rest in the shade, and tell your supervisor at once if you feel dizzy or sick.

**Housing**

Many employers give shared housing, or pay a housing allowance. The housing should be clean and safe, with water, toilets, cooling and enough space. Keep your belongings and papers in a safe place.

**Domestic workers**

If you work in a home, your contract on Musaned sets your hours and your rest. You have the right to daily rest and a weekly day off, as your contract and Saudi rules set them.
""",
        "body_ur": """
**کام کے اوقات**

عام طور پر کام **دن میں 8 گھنٹے** یا ہفتے میں 48 گھنٹے تک ہوتا ہے۔ رمضان میں مسلمان کارکنوں کے اوقات کم ہوتے ہیں۔ اس سے زیادہ کام اوور ٹائم ہے اور اس کی الگ اجرت ملتی ہے۔

**گرمی**

گرمیوں کے مہینوں میں **دوپہر کے وقت** دھوپ میں باہر کام کرنے پر **پابندی** ہے۔ اگر آپ باہر کام کرتے ہیں تو بار بار پانی پئیں، سائے میں آرام کریں، اور چکر آئیں یا طبیعت خراب ہو تو فوراً اپنے نگران کو بتائیں۔

**رہائش**

بہت سے آجر مشترکہ رہائش دیتے ہیں یا رہائش کا الاؤنس دیتے ہیں۔ رہائش صاف اور محفوظ ہونی چاہیے، جس میں پانی، بیت الخلا، ٹھنڈک کا انتظام اور مناسب جگہ ہو۔ اپنا سامان اور کاغذات محفوظ جگہ پر رکھیں۔

**گھریلو ملازمین**

اگر آپ کسی گھر میں کام کرتے ہیں تو مساند پر آپ کا معاہدہ آپ کے کام اور آرام کے اوقات طے کرتا ہے۔ معاہدے اور سعودی قواعد کے مطابق آپ کو روزانہ آرام اور ہفتے میں ایک چھٹی کا حق ہے۔
""",
    },
    Topic.CULTURE_LAW: {
        "summary_en": "The laws and customs that matter most in Saudi Arabia, and the mistakes that lead to prison or deportation.",
        "summary_ur": "سعودی عرب کے اہم ترین قوانین اور رواج، اور وہ غلطیاں جو جیل یا ملک بدری تک لے جاتی ہیں۔",
        "body_en": """
Saudi Arabia is a Muslim country with strict laws. Respect them, as a guest and as a worker.

- **Alcohol and drugs are banned.** Smuggling drugs can be punished by death. Never carry a bag or parcel for someone else, not even for a relative.
- Dress modestly in public. Do not photograph people, especially women, or government buildings without permission.
- Avoid quarrels, bad language and insults, also on social media. Posts that insult the state or religion are crimes.
- During **Ramadan**, do not eat, drink or smoke in public during fasting hours.
- Keep your iqama with you, and do not stay after it expires. Working for someone other than your employer without a legal transfer, or staying after your permit ends, can lead to detention, a fine and deportation.

Learn a few words of Arabic: a greeting and a thank you go a long way.
""",
        "body_ur": """
سعودی عرب ایک مسلمان ملک ہے جہاں قوانین سخت ہیں۔ مہمان اور کارکن کی حیثیت سے ان کا احترام کریں۔

- **شراب اور منشیات پر پابندی ہے۔** منشیات کی اسمگلنگ کی سزا موت بھی ہو سکتی ہے۔ کسی دوسرے کا بیگ یا پارسل کبھی ساتھ نہ لے جائیں، چاہے وہ رشتہ دار ہی کیوں نہ ہو۔
- عوامی جگہوں پر مناسب لباس پہنیں۔ اجازت کے بغیر لوگوں، خاص طور پر خواتین، یا سرکاری عمارتوں کی تصویر نہ لیں۔
- جھگڑے، گالی گلوچ اور توہین سے بچیں، سوشل میڈیا پر بھی۔ ریاست یا مذہب کی توہین والی پوسٹ جرم ہے۔
- **رمضان** میں روزے کے اوقات میں عوامی جگہوں پر کھانا، پینا یا سگریٹ پینا منع ہے۔
- اقامہ اپنے پاس رکھیں اور اس کی میعاد ختم ہونے کے بعد نہ رکیں۔ قانونی منتقلی کے بغیر اپنے آجر کے علاوہ کسی اور کے لیے کام کرنا، یا اجازت ختم ہونے کے بعد رکنا، گرفتاری، جرمانے اور ملک بدری کا سبب بن سکتا ہے۔

عربی کے چند الفاظ سیکھ لیں: سلام اور شکریہ بہت کام آتے ہیں۔
""",
    },
    Topic.HEALTH: {
        "summary_en": "Your medical check, health insurance, work injuries, the heat, and the medicines you may carry.",
        "summary_ur": "طبی معائنہ، ہیلتھ انشورنس، کام کے دوران چوٹ، گرمی، اور وہ دوائیں جو آپ ساتھ لے جا سکتے ہیں۔",
        "body_en": """
**Before you go**

You pass a medical check for the Gulf countries (GAMCA). Be honest about your health. Take a copy of your vaccination record.

**In Saudi Arabia**

- Private-sector workers must have **health insurance**, paid for by the employer. Ask for your insurance card and keep it with you.
- If you are hurt at work, tell your employer at once and ask for treatment. Work injuries are covered by the social insurance scheme (GOSI).
- In the heat, drink plenty of water and rest in the shade. Heat stroke can kill.
- If you feel low, lonely or stressed, talk to someone you trust, or to the Community Welfare Attaché. Asking for help is not a weakness.

**Medicines**

Some medicines sold freely in Pakistan are controlled in Saudi Arabia. Carry only what you need, in the original pack, with a doctor's prescription.
""",
        "body_ur": """
**روانگی سے پہلے**

آپ خلیجی ممالک کے لیے طبی معائنہ (GAMCA) کرواتے ہیں۔ اپنی صحت کے بارے میں سچ بتائیں۔ حفاظتی ٹیکوں کے ریکارڈ کی کاپی ساتھ لے جائیں۔

**سعودی عرب میں**

- نجی شعبے کے کارکنوں کے لیے **ہیلتھ انشورنس** لازمی ہے، جس کا خرچ آجر دیتا ہے۔ اپنا انشورنس کارڈ مانگیں اور اپنے پاس رکھیں۔
- کام کے دوران چوٹ لگے تو فوراً آجر کو بتائیں اور علاج مانگیں۔ کام کی چوٹ سماجی بیمہ کے نظام (GOSI) میں شامل ہے۔
- گرمی میں خوب پانی پئیں اور سائے میں آرام کریں۔ لُو لگنا (ہیٹ اسٹروک) جان لیوا ہو سکتا ہے۔
- اگر آپ اداس، تنہا یا پریشان محسوس کریں تو کسی بھروسے والے شخص سے یا کمیونٹی ویلفیئر اتاشی سے بات کریں۔ مدد مانگنا کمزوری نہیں۔

**دوائیں**

پاکستان میں عام ملنے والی بعض دوائیں سعودی عرب میں پابندی والی ہیں۔ صرف ضرورت کی دوائیں، اصل پیکٹ میں اور ڈاکٹر کے نسخے کے ساتھ لے جائیں۔
""",
    },
    Topic.MONEY_HOME: {
        "summary_en": "Send money home safely through banks and licensed companies, never through hundi or hawala.",
        "summary_ur": "گھر پیسے محفوظ طریقے سے بینک اور لائسنس یافتہ کمپنیوں کے ذریعے بھیجیں، ہنڈی یا حوالے سے کبھی نہیں۔",
        "body_en": """
Send money home only through **banks** and **licensed money transfer companies**. Hundi and hawala are illegal: you may lose your money, and you may be punished.

- Official transfers reach your family's bank account or mobile wallet, or can be collected in cash, often within minutes.
- Compare the fee and the exchange rate before you send.
- Keep every receipt.
- Your family should have a bank account or mobile wallet in their own name.
- Never send money in someone else's name, and never let anyone use your iqama to send theirs.

Overseas Pakistanis can also open a **Roshan Digital Account** with a Pakistani bank from abroad. Ask the centre how it works.

**Plan with your family** each month: what is for spending, what pays off debts, and what is saved.
""",
        "body_ur": """
گھر پیسے صرف **بینکوں** اور **لائسنس یافتہ منی ٹرانسفر کمپنیوں** کے ذریعے بھیجیں۔ ہنڈی اور حوالہ غیر قانونی ہیں: آپ کی رقم ڈوب سکتی ہے اور آپ کو سزا بھی ہو سکتی ہے۔

- سرکاری ذرائع سے بھیجی گئی رقم آپ کے گھر والوں کے بینک اکاؤنٹ یا موبائل والٹ میں پہنچتی ہے، یا نقد وصول کی جا سکتی ہے، اکثر چند منٹ میں۔
- بھیجنے سے پہلے فیس اور ریٹ کا موازنہ کریں۔
- ہر رسید سنبھال کر رکھیں۔
- آپ کے گھر والوں کا بینک اکاؤنٹ یا موبائل والٹ ان کے اپنے نام پر ہونا چاہیے۔
- کسی دوسرے کے نام سے رقم نہ بھیجیں، اور کسی کو اپنا اقامہ استعمال کر کے اس کی رقم بھیجنے نہ دیں۔

بیرون ملک پاکستانی کسی پاکستانی بینک میں باہر سے ہی **روشن ڈیجیٹل اکاؤنٹ** بھی کھول سکتے ہیں۔ سینٹر سے اس کا طریقہ پوچھیں۔

**گھر والوں کے ساتھ ہر مہینے منصوبہ بنائیں**: کتنا خرچ ہوگا، کتنا قرض اتارنے میں جائے گا اور کتنا بچایا جائے گا۔
""",
    },
    Topic.EMBASSY: {
        "summary_en": "Where Pakistan's Embassy and Consulate are, what the Community Welfare Attaché does, and how to get their current numbers.",
        "summary_ur": "پاکستان کا سفارت خانہ اور قونصل خانہ کہاں ہیں، کمیونٹی ویلفیئر اتاشی کیا کرتا ہے، اور ان کے تازہ نمبر کیسے ملیں۔",
        "body_en": """
Pakistan has an **Embassy in Riyadh** and a **Consulate General in Jeddah**. Each has a **Community Welfare Attaché** (CWA) whose job is to help Pakistani workers.

**The Community Welfare Attaché can help when**

- your wage is not paid, or your employer breaks the contract;
- you are detained, in hospital, or in trouble with your papers;
- you need to go home and cannot, or a worker has died and the family needs help.

**Before you leave Pakistan**

Write down the current telephone numbers of the Embassy, the Consulate and their welfare wing. Check them on the **Ministry of Foreign Affairs' website**, or ask at the centre: numbers change, so we do not print them here.

Leave copies of your passport, visa, iqama and contract with your family, and keep a photo of each on your phone.
""",
        "body_ur": """
پاکستان کا **سفارت خانہ ریاض** میں اور **قونصل خانہ (قونصلیٹ جنرل) جدہ** میں ہے۔ دونوں میں ایک **کمیونٹی ویلفیئر اتاشی** ہوتا ہے جس کا کام پاکستانی کارکنوں کی مدد کرنا ہے۔

**کمیونٹی ویلفیئر اتاشی ان صورتوں میں مدد کر سکتا ہے**

- جب تنخواہ نہ ملے یا آجر معاہدے کی خلاف ورزی کرے؛
- جب آپ گرفتار ہوں، ہسپتال میں ہوں یا آپ کے کاغذات میں مسئلہ ہو؛
- جب آپ کو گھر واپس جانا ہو اور نہ جا سکیں، یا کسی کارکن کی وفات ہو جائے اور گھر والوں کو مدد چاہیے ہو۔

**پاکستان سے روانگی سے پہلے**

سفارت خانے، قونصل خانے اور ان کے ویلفیئر ونگ کے تازہ ٹیلی فون نمبر لکھ لیں۔ یہ نمبر **وزارت خارجہ کی ویب سائٹ** پر دیکھیں یا سینٹر سے پوچھیں: نمبر بدلتے رہتے ہیں، اس لیے ہم انہیں یہاں نہیں لکھتے۔

پاسپورٹ، ویزا، اقامہ اور معاہدے کی کاپیاں گھر والوں کے پاس چھوڑ دیں، اور ہر ایک کی تصویر اپنے فون میں رکھیں۔
""",
    },
    Topic.EMERGENCY: {
        "summary_en": "The numbers to call for police, ambulance and fire in Saudi Arabia, and what to say.",
        "summary_ur": "سعودی عرب میں پولیس، ایمبولینس اور فائر بریگیڈ کے نمبر، اور فون پر کیا بتانا ہے۔",
        "body_en": """
**In an emergency in Saudi Arabia, call:**

- **911**: the unified emergency number in the main cities
- **999**: police
- **997**: ambulance
- **998**: civil defence (fire)

These calls are free. Say where you are, what happened and whether anyone is hurt. If you do not speak Arabic, say "Urdu" or "English" and stay on the line.

**Also keep**

- the numbers of your employer and your supervisor;
- the Embassy of Pakistan in Riyadh and the Consulate General in Jeddah (check the current numbers on the Ministry of Foreign Affairs' website or at the centre);
- a relative's number in Pakistan.

Save these numbers on your phone **and** write them on paper.
""",
        "body_ur": """
**سعودی عرب میں ہنگامی صورت میں یہ نمبر ملائیں:**

- **911**: بڑے شہروں میں ہنگامی حالات کا مشترکہ نمبر
- **999**: پولیس
- **997**: ایمبولینس
- **998**: سول ڈیفنس (آگ)

یہ کالیں مفت ہیں۔ بتائیں کہ آپ کہاں ہیں، کیا ہوا ہے اور کیا کوئی زخمی ہے۔ اگر آپ عربی نہیں بولتے تو "اردو" یا "انگلش" کہیں اور لائن پر رہیں۔

**یہ نمبر بھی پاس رکھیں**

- اپنے آجر اور نگران کے نمبر؛
- ریاض میں پاکستان کے سفارت خانے اور جدہ میں قونصل خانے کے نمبر (تازہ نمبر وزارت خارجہ کی ویب سائٹ یا سینٹر سے معلوم کریں)؛
- پاکستان میں کسی رشتہ دار کا نمبر۔

یہ نمبر فون میں محفوظ کریں **اور** کاغذ پر بھی لکھ کر رکھیں۔
""",
    },
    Topic.COMPLAINTS: {
        "summary_en": "Who to turn to when your employer does not pay or breaks the contract, and how to keep your evidence.",
        "summary_ur": "جب آجر تنخواہ نہ دے یا معاہدہ توڑے تو کس سے رجوع کریں، اور ثبوت کیسے سنبھالیں۔",
        "body_en": """
**First, talk.** Many problems are solved by speaking calmly to your supervisor or employer. Put it in writing if you can, for example in a message on your phone.

**If that does not work**

1. Complain to the **Ministry of Human Resources and Social Development**: through its website, its app, its call centre or a labour office. Complaints about contracts, wages and leave go there. The ministry first tries to settle the dispute; if it cannot, it sends the case to the labour courts.
2. Tell the **Community Welfare Attaché** at the Embassy in Riyadh or the Consulate General in Jeddah. They can advise you and speak to your employer.
3. In Pakistan, your family can come to the **Migrant Resource Centre** or the **Protector of Emigrants**, especially if the promoter who sent you made false promises.

**Keep evidence:** your contract, payslips, bank statements, messages, and the names of witnesses. Do not sign any paper you do not understand, especially one that says you have been paid.

Leaving your job without advice can put your legal status at risk: ask the Community Welfare Attaché first. If you are in danger, call the police on **999**.
""",
        "body_ur": """
**پہلے بات کریں۔** بہت سے مسئلے نگران یا آجر سے تحمل سے بات کر کے حل ہو جاتے ہیں۔ ہو سکے تو بات تحریری طور پر کریں، مثلاً فون پر پیغام کے ذریعے۔

**اگر اس سے کام نہ بنے**

1. **وزارت انسانی وسائل و سماجی ترقی** میں شکایت کریں: اس کی ویب سائٹ، ایپ، کال سینٹر یا کسی لیبر آفس کے ذریعے۔ معاہدے، تنخواہ اور چھٹیوں کی شکایات وہیں جاتی ہیں۔ وزارت پہلے تنازع سلجھانے کی کوشش کرتی ہے؛ نہ سلجھے تو مقدمہ لیبر کورٹ کو بھیج دیتی ہے۔
2. ریاض میں سفارت خانے یا جدہ میں قونصل خانے کے **کمیونٹی ویلفیئر اتاشی** کو بتائیں۔ وہ آپ کو مشورہ دے سکتے ہیں اور آپ کے آجر سے بات کر سکتے ہیں۔
3. پاکستان میں آپ کے گھر والے **مائیگرنٹ ریسورس سینٹر** یا **پروٹیکٹر آف امیگرنٹس** کے پاس جا سکتے ہیں، خاص طور پر اگر آپ کو بھیجنے والے پروموٹر نے جھوٹے وعدے کیے تھے۔

**ثبوت سنبھال کر رکھیں:** معاہدہ، تنخواہ کی پرچیاں، بینک اسٹیٹمنٹ، پیغامات اور گواہوں کے نام۔ کسی ایسے کاغذ پر دستخط نہ کریں جو آپ کو سمجھ نہ آئے، خاص طور پر وہ جس میں لکھا ہو کہ آپ کو پوری رقم مل گئی ہے۔

مشورے کے بغیر نوکری چھوڑنا آپ کی قانونی حیثیت کو خطرے میں ڈال سکتا ہے: پہلے کمیونٹی ویلفیئر اتاشی سے پوچھیں۔ اگر آپ خطرے میں ہوں تو پولیس کو **999** پر فون کریں۔
""",
    },
}

GUIDES["AE"] = {
    Topic.ENTRY_PERMIT: {
        "summary_en": "The job offer, work permit, medical test, Emirates ID and residence visa: the steps to work legally in the UAE.",
        "summary_ur": "جاب آفر، ورک پرمٹ، طبی معائنہ، ایمریٹس آئی ڈی اور رہائشی ویزا: امارات میں قانونی طور پر کام کرنے کے مراحل۔",
        "body_en": """
To work in the UAE you need an **employment entry permit** (a work visa), applied for by your employer through the **Ministry of Human Resources and Emiratisation (MOHRE)** and the immigration authorities. A visit visa does **not** allow you to work.

**Before you leave Pakistan**

- Get the job through a **licensed Overseas Employment Promoter**.
- You should receive a **job offer** that shows the wage and the conditions, and sign it. Your contract in the UAE must match it.
- Register with the **Protector of Emigrants**.

**After you arrive**

- You take a **medical fitness test** in the UAE.
- You give your fingerprints for the **Emirates ID**.
- Your **residence visa** is then issued, and your labour contract is registered with MOHRE.

Your employer pays the costs of the work permit and the residence visa. Keep your Emirates ID with you at all times.
""",
        "body_ur": """
متحدہ عرب امارات میں کام کے لیے آپ کو **ملازمت کا داخلہ پرمٹ** (ورک ویزا) چاہیے، جس کی درخواست آپ کا آجر **وزارت انسانی وسائل و امارتائزیشن (MOHRE)** اور امیگریشن حکام کے ذریعے دیتا ہے۔ وزٹ ویزا پر کام کرنے کی **اجازت نہیں**۔

**پاکستان سے روانگی سے پہلے**

- نوکری **لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر** کے ذریعے لیں۔
- آپ کو ایک **جاب آفر** ملنی چاہیے جس میں تنخواہ اور شرائط لکھی ہوں، اور آپ اس پر دستخط کرتے ہیں۔ امارات میں آپ کا معاہدہ اسی کے مطابق ہونا چاہیے۔
- **پروٹیکٹر آف امیگرنٹس** کے دفتر میں اندراج کروائیں۔

**امارات پہنچنے کے بعد**

- آپ امارات میں **طبی معائنہ** کرواتے ہیں۔
- **ایمریٹس آئی ڈی** کے لیے انگلیوں کے نشان دیتے ہیں۔
- اس کے بعد آپ کا **رہائشی ویزا** جاری ہوتا ہے اور آپ کا ملازمت کا معاہدہ MOHRE میں درج ہوتا ہے۔

ورک پرمٹ اور رہائشی ویزا کا خرچ آپ کا آجر دیتا ہے۔ ایمریٹس آئی ڈی ہر وقت اپنے پاس رکھیں۔
""",
    },
    Topic.CONTRACT_RIGHTS: {
        "summary_en": "What your UAE labour contract must say, and the rights the law gives every worker.",
        "summary_ur": "امارات میں آپ کے ملازمت کے معاہدے میں کیا لکھا ہونا چاہیے، اور قانون ہر کارکن کو کون سے حقوق دیتا ہے۔",
        "body_en": """
In the UAE your employer registers your **labour contract** with MOHRE. It must match the **job offer** you signed before you travelled: the same job, the same wage, the same conditions.

**Check that your contract states**

- your job title and where you will work;
- your **basic wage** and allowances;
- your working hours, rest day and annual leave;
- how long the contract lasts.

**Your rights under UAE law**

- You may **not** be charged recruitment fees: the employer bears them.
- Your **passport is yours**: an employer may not keep it.
- Your wage is paid through the **Wage Protection System**, into a bank or exchange account.
- Paid annual leave, sick leave, and an **end-of-service gratuity** after a year of service.
- Nobody may force you to work, or stop you from leaving at the end of your contract.

If you are given a contract that differs from your job offer, **do not sign it**. Contact MOHRE or the Community Welfare Attaché.
""",
        "body_ur": """
امارات میں آپ کا آجر آپ کا **ملازمت کا معاہدہ** MOHRE میں درج کراتا ہے۔ یہ اسی **جاب آفر** کے مطابق ہونا چاہیے جس پر آپ نے روانگی سے پہلے دستخط کیے تھے: وہی کام، وہی تنخواہ، وہی شرائط۔

**دیکھیں کہ معاہدے میں یہ باتیں لکھی ہوں**

- آپ کا عہدہ اور کام کی جگہ؛
- آپ کی **بنیادی تنخواہ** اور الاؤنس؛
- کام کے اوقات، ہفتہ وار چھٹی اور سالانہ چھٹی؛
- معاہدے کی مدت۔

**امارات کے قانون کے تحت آپ کے حقوق**

- آپ سے بھرتی کی فیس **نہیں** لی جا سکتی: یہ خرچ آجر کا ہے۔
- **آپ کا پاسپورٹ آپ کا ہے**: آجر اسے اپنے پاس نہیں رکھ سکتا۔
- آپ کی تنخواہ **ویج پروٹیکشن سسٹم (WPS)** کے ذریعے بینک یا ایکسچینج کے اکاؤنٹ میں آتی ہے۔
- تنخواہ کے ساتھ سالانہ چھٹی، بیماری کی چھٹی، اور ایک سال کی ملازمت کے بعد **سروس کے اختتام کا معاوضہ (گریجویٹی)**۔
- کوئی آپ سے زبردستی کام نہیں لے سکتا، اور نہ معاہدہ ختم ہونے پر آپ کو جانے سے روک سکتا ہے۔

اگر آپ کو جاب آفر سے مختلف معاہدہ دیا جائے تو اس پر **دستخط نہ کریں**۔ MOHRE یا کمیونٹی ویلفیئر اتاشی سے رابطہ کریں۔
""",
    },
    Topic.WAGES: {
        "summary_en": "How the Wage Protection System works, what may be deducted, and what to do when your wage is late.",
        "summary_ur": "ویج پروٹیکشن سسٹم کیسے کام کرتا ہے، تنخواہ سے کیا کاٹا جا سکتا ہے، اور تنخواہ دیر سے ملے تو کیا کریں۔",
        "body_en": """
**The Wage Protection System**

Most private employers in the UAE must pay wages through the **Wage Protection System (WPS)**: your wage goes into your bank account or onto a card from an exchange house, and MOHRE can see whether it was paid on time. Wages are due at least **once a month**.

**What to check**

- The amount matches your contract: the basic wage plus the allowances.
- Overtime is paid at a higher rate, as the law sets it.
- You get a payslip, or a message, for every payment.

**Deductions**

The employer may deduct only for reasons the law allows, such as repaying an advance or a court order, and never most of your wage. The employer may **not** deduct recruitment fees, visa costs or the cost of your work permit.

**Domestic workers**

Domestic workers have their own law and standard contract, and their wages are also due every month.

If your wage is late, complain to MOHRE: it can see late payments in the WPS.
""",
        "body_ur": """
**ویج پروٹیکشن سسٹم**

امارات میں زیادہ تر نجی آجروں کو تنخواہ **ویج پروٹیکشن سسٹم (WPS)** کے ذریعے دینی ہوتی ہے: آپ کی تنخواہ آپ کے بینک اکاؤنٹ میں یا کسی ایکسچینج کمپنی کے کارڈ پر آتی ہے، اور MOHRE دیکھ سکتی ہے کہ تنخواہ وقت پر ملی یا نہیں۔ تنخواہ کم از کم **مہینے میں ایک بار** واجب ہے۔

**کیا دیکھیں**

- رقم معاہدے کے مطابق ہو: بنیادی تنخواہ اور الاؤنس۔
- اوور ٹائم کی اجرت قانون کے مطابق زیادہ شرح سے ملے۔
- ہر ادائیگی پر آپ کو تنخواہ کی پرچی یا پیغام ملے۔

**کٹوتیاں**

آجر صرف ان وجوہات پر کٹوتی کر سکتا ہے جن کی قانون اجازت دیتا ہے، جیسے ایڈوانس کی واپسی یا عدالت کا حکم، اور کبھی تنخواہ کا بڑا حصہ نہیں کاٹ سکتا۔ بھرتی کی فیس، ویزا یا ورک پرمٹ کا خرچ تنخواہ سے **نہیں** کاٹا جا سکتا۔

**گھریلو ملازمین**

گھریلو ملازمین کے لیے الگ قانون اور معیاری معاہدہ ہے، اور ان کی تنخواہ بھی ہر مہینے واجب ہے۔

اگر تنخواہ دیر سے ملے تو MOHRE میں شکایت کریں: وہ WPS میں دیر سے ہونے والی ادائیگیاں دیکھ سکتی ہے۔
""",
    },
    Topic.CONDITIONS: {
        "summary_en": "Working hours, the midday break in summer, housing and safety at work in the UAE.",
        "summary_ur": "امارات میں کام کے اوقات، گرمیوں میں دوپہر کا وقفہ، رہائش اور کام کی جگہ پر حفاظت۔",
        "body_en": """
**Hours**

The normal working week is up to **48 hours**, 8 hours a day. Hours are shorter during Ramadan. Work beyond this is overtime, and is paid extra. You have at least one paid rest day a week.

**Midday break in summer**

In the hottest months, work in the sun in the **middle of the day is banned**. Employers must give shade, water and rest. If you feel dizzy, sick or confused in the heat, stop and tell your supervisor: heat stroke is an emergency.

**Housing**

Workers' housing must be safe and clean, with water, cooling, toilets and a place to cook, and must not be overcrowded. If your employer gives you housing, it is part of your contract.

**Safety**

You should get the protective equipment your job needs (helmet, boots, harness) free of charge. Report accidents and dangerous work at once.
""",
        "body_ur": """
**کام کے اوقات**

عام طور پر ہفتے میں **48 گھنٹے** تک، یعنی دن میں 8 گھنٹے کام ہوتا ہے۔ رمضان میں اوقات کم ہوتے ہیں۔ اس سے زیادہ کام اوور ٹائم ہے اور اس کی الگ اجرت ملتی ہے۔ ہفتے میں کم از کم ایک دن تنخواہ کے ساتھ چھٹی ملتی ہے۔

**گرمیوں میں دوپہر کا وقفہ**

سب سے گرم مہینوں میں **دوپہر کے وقت** دھوپ میں کام کرنے پر **پابندی** ہے۔ آجر کو سایہ، پانی اور آرام کا انتظام کرنا ہوتا ہے۔ اگر گرمی میں چکر آئیں، طبیعت خراب ہو یا ذہن الجھنے لگے تو کام روک دیں اور نگران کو بتائیں: لُو لگنا ہنگامی حالت ہے۔

**رہائش**

کارکنوں کی رہائش محفوظ اور صاف ہونی چاہیے، جس میں پانی، ٹھنڈک، بیت الخلا اور کھانا پکانے کی جگہ ہو، اور اس میں گنجائش سے زیادہ لوگ نہ ہوں۔ اگر آجر رہائش دیتا ہے تو یہ آپ کے معاہدے کا حصہ ہے۔

**حفاظت**

آپ کے کام کے لیے ضروری حفاظتی سامان (ہیلمٹ، جوتے، حفاظتی بیلٹ) آپ کو مفت ملنا چاہیے۔ حادثے اور خطرناک کام کی اطلاع فوراً دیں۔
""",
    },
    Topic.CULTURE_LAW: {
        "summary_en": "The UAE's laws apply strictly to everyone: what to avoid, and how to respect local customs.",
        "summary_ur": "امارات کے قوانین سب پر سختی سے لاگو ہوتے ہیں: کن باتوں سے بچیں اور مقامی رواج کا احترام کیسے کریں۔",
        "body_en": """
The UAE is a Muslim country that is home to people from many nations. Its laws are applied strictly to everyone.

- **Drugs are strictly banned**, with long prison sentences. Some medicines also need a prescription or approval: ask before you travel.
- Avoid alcohol. Being drunk in public, and driving after drinking, are serious crimes.
- Dress modestly in public places. In **Ramadan**, do not eat, drink or smoke in public during fasting hours.
- **Insults, swearing and rude gestures** are offences, also in messages and on social media.
- Do not take or share photos of people without their permission.
- Keep your Emirates ID with you, and do not stay after your visa ends: fines add up for every day.

Respect local people and their customs, and you will be respected in return.
""",
        "body_ur": """
متحدہ عرب امارات ایک مسلمان ملک ہے جہاں بہت سے ملکوں کے لوگ رہتے ہیں۔ یہاں کے قوانین سب پر سختی سے لاگو ہوتے ہیں۔

- **منشیات پر سخت پابندی ہے** اور اس کی سزا طویل قید ہے۔ بعض دواؤں کے لیے بھی نسخہ یا اجازت درکار ہوتی ہے: سفر سے پہلے معلوم کر لیں۔
- شراب سے بچیں۔ عوامی جگہ پر نشے کی حالت میں ہونا اور پی کر گاڑی چلانا سنگین جرم ہیں۔
- عوامی جگہوں پر مناسب لباس پہنیں۔ **رمضان** میں روزے کے اوقات میں عوامی جگہوں پر کھانا، پینا یا سگریٹ پینا منع ہے۔
- **گالی، توہین اور نازیبا اشارے** جرم ہیں، پیغامات اور سوشل میڈیا پر بھی۔
- لوگوں کی اجازت کے بغیر ان کی تصویر نہ لیں اور نہ آگے بھیجیں۔
- ایمریٹس آئی ڈی اپنے پاس رکھیں، اور ویزا ختم ہونے کے بعد نہ رکیں: ہر دن کا جرمانہ بڑھتا جاتا ہے۔

مقامی لوگوں اور ان کے رواج کا احترام کریں، بدلے میں آپ کا بھی احترام ہوگا۔
""",
    },
    Topic.HEALTH: {
        "summary_en": "Health insurance, work injuries, the heat, your state of mind, and the medicines you may carry.",
        "summary_ur": "ہیلتھ انشورنس، کام کی چوٹ، گرمی، ذہنی صحت، اور وہ دوائیں جو آپ ساتھ لے جا سکتے ہیں۔",
        "body_en": """
**Health insurance**

In the UAE, employers must provide **health insurance** for their workers: in Abu Dhabi and Dubai for many years, and across the whole country more recently. Ask for your insurance card and find out which clinic or hospital to go to.

**At work**

- Use the safety equipment you are given.
- Report any injury at once. The employer pays for the treatment of a work injury, and compensation is due under the law.
- In the heat, drink water often, rest in the shade, and look out for your co-workers.

**Your mind matters**

Being far from your family is hard. If you cannot sleep, or feel hopeless or very stressed, talk to someone: a friend, a doctor, or the Community Welfare Attaché.

**Medicines**

Some medicines available in Pakistan are controlled in the UAE. Bring only what you need, in the original pack, with a prescription.
""",
        "body_ur": """
**ہیلتھ انشورنس**

امارات میں آجروں کو اپنے کارکنوں کے لیے **ہیلتھ انشورنس** دینا لازمی ہے: ابوظہبی اور دبئی میں کئی سالوں سے، اور اب پورے ملک میں۔ اپنا انشورنس کارڈ مانگیں اور معلوم کریں کہ کس کلینک یا ہسپتال جانا ہے۔

**کام پر**

- جو حفاظتی سامان آپ کو دیا جائے اسے استعمال کریں۔
- کوئی بھی چوٹ لگے تو فوراً بتائیں۔ کام کی چوٹ کا علاج آجر کے ذمے ہے، اور قانون کے مطابق معاوضہ بھی واجب ہے۔
- گرمی میں بار بار پانی پئیں، سائے میں آرام کریں، اور اپنے ساتھیوں کا بھی خیال رکھیں۔

**ذہنی صحت بھی اہم ہے**

گھر والوں سے دور رہنا مشکل ہے۔ اگر نیند نہ آئے، مایوسی ہو یا بہت زیادہ پریشانی ہو تو کسی سے بات کریں: کسی دوست، ڈاکٹر یا کمیونٹی ویلفیئر اتاشی سے۔

**دوائیں**

پاکستان میں ملنے والی بعض دوائیں امارات میں پابندی والی ہیں۔ صرف ضرورت کی دوائیں، اصل پیکٹ میں اور نسخے کے ساتھ لے جائیں۔
""",
    },
    Topic.MONEY_HOME: {
        "summary_en": "Use banks and licensed exchange houses to send money home, compare costs, and save for the future.",
        "summary_ur": "گھر پیسے بھیجنے کے لیے بینک اور لائسنس یافتہ ایکسچینج کمپنیاں استعمال کریں، خرچ کا موازنہ کریں اور مستقبل کے لیے بچت کریں۔",
        "body_en": """
The UAE has many **banks** and **licensed exchange houses** that send money to Pakistan quickly and safely. Use them: hundi and hawala are illegal in Pakistan, and unlicensed money transfer is illegal in the UAE.

- If your wage comes on a WPS card, you can usually send money home from the same exchange house.
- Compare fees and exchange rates: they differ from one company to another.
- Money can go to a bank account or a mobile wallet, or be collected in cash in Pakistan.
- Keep every receipt, and check that your family member's name is spelt as on their CNIC.

**Save**

Set a goal with your family: what you want to have saved by the end of your contract. Overseas Pakistanis can open a **Roshan Digital Account** with a Pakistani bank from abroad.

Be wary of anyone promising high returns on an investment at home: check with the centre first.
""",
        "body_ur": """
امارات میں بہت سے **بینک** اور **لائسنس یافتہ ایکسچینج کمپنیاں** ہیں جو پاکستان رقم جلدی اور محفوظ طریقے سے بھیجتی ہیں۔ انہی کو استعمال کریں: ہنڈی اور حوالہ پاکستان میں غیر قانونی ہیں، اور بغیر لائسنس رقم بھیجنا امارات میں غیر قانونی ہے۔

- اگر آپ کی تنخواہ WPS کارڈ پر آتی ہے تو عموماً اسی ایکسچینج کمپنی سے گھر رقم بھیج سکتے ہیں۔
- فیس اور ریٹ کا موازنہ کریں: ہر کمپنی کے مختلف ہوتے ہیں۔
- رقم پاکستان میں بینک اکاؤنٹ یا موبائل والٹ میں جا سکتی ہے، یا نقد وصول کی جا سکتی ہے۔
- ہر رسید سنبھال کر رکھیں، اور دیکھ لیں کہ وصول کرنے والے کا نام ویسے ہی لکھا ہو جیسے اس کے شناختی کارڈ پر ہے۔

**بچت کریں**

گھر والوں کے ساتھ ہدف طے کریں: معاہدہ ختم ہونے تک آپ کتنی بچت کرنا چاہتے ہیں۔ بیرون ملک پاکستانی کسی پاکستانی بینک میں باہر سے ہی **روشن ڈیجیٹل اکاؤنٹ** کھول سکتے ہیں۔

جو کوئی پاکستان میں سرمایہ کاری پر بہت زیادہ منافع کا وعدہ کرے اس سے ہوشیار رہیں: پہلے سینٹر سے مشورہ کریں۔
""",
    },
    Topic.EMBASSY: {
        "summary_en": "Pakistan's Embassy in Abu Dhabi and Consulate General in Dubai: when to contact the Community Welfare Attaché.",
        "summary_ur": "ابوظہبی میں پاکستان کا سفارت خانہ اور دبئی میں قونصل خانہ: کمیونٹی ویلفیئر اتاشی سے کب رابطہ کریں۔",
        "body_en": """
Pakistan has an **Embassy in Abu Dhabi** and a **Consulate General in Dubai**. Both have a **Community Welfare Attaché** (CWA) who helps Pakistani workers.

**When to contact them**

- Your wage has not been paid for months, or your employer has closed down.
- You are detained, in hospital, or your papers were taken from you.
- You lost your passport: the mission can issue an emergency travel document.
- A Pakistani worker has died and the family needs help to bring the body home.

**The numbers**

Check the current telephone numbers of the Embassy, the Consulate and their welfare wing on the **Ministry of Foreign Affairs' website**, or ask at the centre before you leave. Write them on paper as well as saving them on your phone.

Leave copies of your passport, visa, contract and Emirates ID with your family.
""",
        "body_ur": """
پاکستان کا **سفارت خانہ ابوظہبی** میں اور **قونصل خانہ (قونصلیٹ جنرل) دبئی** میں ہے۔ دونوں میں **کمیونٹی ویلفیئر اتاشی** ہوتا ہے جو پاکستانی کارکنوں کی مدد کرتا ہے۔

**ان سے کب رابطہ کریں**

- کئی مہینوں سے تنخواہ نہیں ملی، یا آپ کے آجر کا کاروبار بند ہو گیا ہے۔
- آپ گرفتار ہیں، ہسپتال میں ہیں، یا آپ کے کاغذات آپ سے لے لیے گئے ہیں۔
- آپ کا پاسپورٹ گم ہو گیا ہے: سفارتی دفتر ہنگامی سفری دستاویز جاری کر سکتا ہے۔
- کسی پاکستانی کارکن کی وفات ہو گئی ہے اور گھر والوں کو میت واپس لانے میں مدد چاہیے۔

**نمبر**

سفارت خانے، قونصل خانے اور ان کے ویلفیئر ونگ کے تازہ ٹیلی فون نمبر **وزارت خارجہ کی ویب سائٹ** پر دیکھیں، یا روانگی سے پہلے سینٹر سے پوچھیں۔ انہیں فون میں محفوظ کرنے کے ساتھ کاغذ پر بھی لکھ لیں۔

پاسپورٹ، ویزا، معاہدے اور ایمریٹس آئی ڈی کی کاپیاں گھر والوں کے پاس چھوڑ دیں۔
""",
    },
    Topic.EMERGENCY: {
        "summary_en": "The numbers to call for police, ambulance and fire in the UAE, and what to say.",
        "summary_ur": "امارات میں پولیس، ایمبولینس اور فائر بریگیڈ کے نمبر، اور فون پر کیا بتانا ہے۔",
        "body_en": """
**In an emergency in the UAE, call:**

- **999**: police
- **998**: ambulance
- **997**: fire (civil defence)

Calls are free from any phone. Say clearly where you are (the building, the street, the area), what happened and who is hurt. If you do not speak Arabic or English well, ask a co-worker to help, but call at once.

**Also keep**

- your employer's and your supervisor's numbers;
- the Embassy of Pakistan in Abu Dhabi and the Consulate General in Dubai (check the current numbers on the Ministry of Foreign Affairs' website or at the centre);
- a relative's number in Pakistan.

Write these numbers on a card and keep it in your wallet.
""",
        "body_ur": """
**امارات میں ہنگامی صورت میں یہ نمبر ملائیں:**

- **999**: پولیس
- **998**: ایمبولینس
- **997**: آگ (سول ڈیفنس)

کسی بھی فون سے یہ کال مفت ہے۔ صاف بتائیں کہ آپ کہاں ہیں (عمارت، گلی، علاقہ)، کیا ہوا ہے اور کون زخمی ہے۔ اگر آپ عربی یا انگلش اچھی طرح نہیں بولتے تو کسی ساتھی سے مدد لیں، مگر فون فوراً کریں۔

**یہ نمبر بھی پاس رکھیں**

- اپنے آجر اور نگران کے نمبر؛
- ابوظہبی میں پاکستان کے سفارت خانے اور دبئی میں قونصل خانے کے نمبر (تازہ نمبر وزارت خارجہ کی ویب سائٹ یا سینٹر سے معلوم کریں)؛
- پاکستان میں کسی رشتہ دار کا نمبر۔

یہ نمبر ایک کارڈ پر لکھ کر اپنے بٹوے میں رکھیں۔
""",
    },
    Topic.COMPLAINTS: {
        "summary_en": "The steps to take when your employer breaks the contract: your employer, MOHRE, the welfare attaché, and help at home.",
        "summary_ur": "جب آجر معاہدہ توڑے تو کیا کریں: آجر، MOHRE، ویلفیئر اتاشی، اور پاکستان میں مدد۔",
        "body_en": """
**1. Talk to your employer**

Raise the problem calmly and, if you can, in writing.

**2. Complain to MOHRE**

The **Ministry of Human Resources and Emiratisation** takes complaints about unpaid wages, contracts, leave, housing and the end of your job. You can complain through its app, its website, its call centre or a service centre. MOHRE first tries to settle the dispute; if it cannot, the case goes to the labour court.

**3. Ask the Community Welfare Attaché**

The Embassy in Abu Dhabi and the Consulate General in Dubai can advise you and speak to your employer.

**4. In Pakistan**

Your family can come to the Migrant Resource Centre, or complain to the **Protector of Emigrants** about the promoter who sent you.

**Keep evidence:** your contract, job offer, payslips, bank messages, and photos of your housing. Never sign a paper saying you were paid if you were not.
""",
        "body_ur": """
**1. آجر سے بات کریں**

مسئلہ تحمل سے اور، ہو سکے تو، تحریری طور پر اٹھائیں۔

**2. MOHRE میں شکایت کریں**

**وزارت انسانی وسائل و امارتائزیشن** تنخواہ نہ ملنے، معاہدے، چھٹیوں، رہائش اور ملازمت ختم ہونے کی شکایات سنتی ہے۔ آپ اس کی ایپ، ویب سائٹ، کال سینٹر یا کسی سروس سینٹر کے ذریعے شکایت کر سکتے ہیں۔ MOHRE پہلے تنازع سلجھانے کی کوشش کرتی ہے؛ نہ سلجھے تو مقدمہ لیبر کورٹ میں جاتا ہے۔

**3. کمیونٹی ویلفیئر اتاشی سے پوچھیں**

ابوظہبی میں سفارت خانہ اور دبئی میں قونصل خانہ آپ کو مشورہ دے سکتے ہیں اور آپ کے آجر سے بات کر سکتے ہیں۔

**4. پاکستان میں**

آپ کے گھر والے مائیگرنٹ ریسورس سینٹر آ سکتے ہیں، یا آپ کو بھیجنے والے پروموٹر کے خلاف **پروٹیکٹر آف امیگرنٹس** کو شکایت کر سکتے ہیں۔

**ثبوت سنبھال کر رکھیں:** معاہدہ، جاب آفر، تنخواہ کی پرچیاں، بینک کے پیغامات، اور رہائش کی تصویریں۔ اگر آپ کو رقم نہیں ملی تو کبھی ایسے کاغذ پر دستخط نہ کریں جس میں لکھا ہو کہ مل گئی ہے۔
""",
    },
}

GUIDES["QA"] = {
    Topic.ENTRY_PERMIT: {
        "summary_en": "The Qatar Visa Centre in Pakistan, your contract, and the Qatar ID your employer must get you after you arrive.",
        "summary_ur": "پاکستان میں قطر ویزا سینٹر، آپ کا معاہدہ، اور وہ قطر آئی ڈی جو پہنچنے کے بعد آجر کو آپ کے لیے بنوانی ہے۔",
        "body_en": """
To work in Qatar you need a **work visa** applied for by your employer, who is responsible for your residence in Qatar. A visit visa does **not** let you work.

**Before you leave Pakistan**

- Find the job through a **licensed Overseas Employment Promoter**.
- Go to the **Qatar Visa Centre (QVC)** in Pakistan. There you give your fingerprints, take the medical check and **sign your employment contract**, in a language you understand. Read it before you sign.
- Register with the **Protector of Emigrants**.

**After you arrive**

Your employer must get you a **Qatar ID (QID)**, your residence permit, soon after you arrive, and pay for it. With the QID you can open a bank account and get a health card. Carry it with you.
""",
        "body_ur": """
قطر میں کام کے لیے آپ کو **ورک ویزا** چاہیے، جس کی درخواست آپ کا آجر دیتا ہے۔ قطر میں آپ کی رہائش کی ذمہ داری بھی آجر کی ہے۔ وزٹ ویزا پر کام کرنے کی **اجازت نہیں**۔

**پاکستان سے روانگی سے پہلے**

- نوکری **لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر** کے ذریعے تلاش کریں۔
- پاکستان میں **قطر ویزا سینٹر (QVC)** جائیں۔ وہاں آپ انگلیوں کے نشان دیتے ہیں، طبی معائنہ کرواتے ہیں اور ایسی زبان میں جو آپ سمجھتے ہوں، **ملازمت کے معاہدے پر دستخط** کرتے ہیں۔ دستخط سے پہلے اسے پڑھیں۔
- **پروٹیکٹر آف امیگرنٹس** کے دفتر میں اندراج کروائیں۔

**قطر پہنچنے کے بعد**

پہنچنے کے کچھ ہی عرصے بعد آپ کے آجر کو آپ کا رہائشی اجازت نامہ، یعنی **قطر آئی ڈی (QID)**، بنوانا ہے اور اس کا خرچ بھی دینا ہے۔ QID سے آپ بینک اکاؤنٹ کھول سکتے ہیں اور ہیلتھ کارڈ بنوا سکتے ہیں۔ اسے ہمیشہ ساتھ رکھیں۔
""",
    },
    Topic.CONTRACT_RIGHTS: {
        "summary_en": "What your Qatar contract must say, and your rights: minimum wage, your passport, leaving the country and changing jobs.",
        "summary_ur": "قطر کے معاہدے میں کیا لکھا ہونا چاہیے، اور آپ کے حقوق: کم از کم تنخواہ، پاسپورٹ، ملک سے جانا اور نوکری بدلنا۔",
        "body_en": """
In Qatar your **employment contract** is signed before you travel (at the Qatar Visa Centre) and registered with the **Ministry of Labour**. Keep a copy.

**Check in the contract**

- your job, your employer and your place of work;
- your **basic wage** and the allowances for food and housing (or food and housing given in kind);
- hours, the weekly rest day and annual leave;
- how long the contract lasts.

**Your rights in Qatar**

- Qatar has a **minimum wage** for all workers, including domestic workers.
- Your employer may **not** keep your passport.
- Most workers can **leave Qatar** without asking their employer for an exit permit.
- Workers can **change employer** after giving notice, under the Ministry's rules, without the employer's "no objection" certificate.
- An **end-of-service gratuity** when you leave after at least a year's work.
- No recruitment fees may be taken from you.

If your work in Qatar differs from your contract, complain to the Ministry of Labour.
""",
        "body_ur": """
قطر میں آپ کے **ملازمت کے معاہدے** پر روانگی سے پہلے (قطر ویزا سینٹر میں) دستخط ہوتے ہیں، اور یہ **وزارت محنت** میں درج ہوتا ہے۔ اس کی کاپی اپنے پاس رکھیں۔

**معاہدے میں یہ باتیں دیکھیں**

- آپ کا کام، آپ کا آجر اور کام کی جگہ؛
- آپ کی **بنیادی تنخواہ** اور کھانے اور رہائش کے الاؤنس (یا آجر کی طرف سے دیا گیا کھانا اور رہائش)؛
- کام کے اوقات، ہفتہ وار چھٹی اور سالانہ چھٹی؛
- معاہدے کی مدت۔

**قطر میں آپ کے حقوق**

- قطر میں سب کارکنوں کے لیے **کم از کم تنخواہ** مقرر ہے، گھریلو ملازمین کے لیے بھی۔
- آجر آپ کا پاسپورٹ اپنے پاس **نہیں** رکھ سکتا۔
- زیادہ تر کارکن آجر سے ایگزٹ پرمٹ لیے بغیر **قطر سے جا سکتے ہیں**۔
- کارکن نوٹس دے کر، وزارت کے قواعد کے مطابق، آجر کے "عدم اعتراض سرٹیفکیٹ" (NOC) کے بغیر **آجر بدل سکتے ہیں**۔
- کم از کم ایک سال کام کرنے کے بعد جانے پر **سروس کے اختتام کا معاوضہ (گریجویٹی)**۔
- آپ سے بھرتی کی کوئی فیس نہیں لی جا سکتی۔

اگر قطر میں آپ کا کام معاہدے سے مختلف ہو تو وزارت محنت میں شکایت کریں۔
""",
    },
    Topic.WAGES: {
        "summary_en": "Qatar's minimum wage, the Wage Protection System, deductions, and help when wages go unpaid.",
        "summary_ur": "قطر کی کم از کم تنخواہ، ویج پروٹیکشن سسٹم، کٹوتیاں، اور تنخواہ نہ ملے تو مدد۔",
        "body_en": """
**Minimum wage**

Qatar has a minimum wage that covers every worker of every nationality. It has a basic part, plus amounts for food and housing if the employer does not provide them. Ask at the centre for the current amounts.

**Wage Protection System**

Employers pay wages into the worker's **bank account** through the **Wage Protection System**, which lets the Ministry of Labour see late or missing payments. Wages are due **every month**, on time.

**Deductions**

The employer may not deduct more than the law allows, and may **not** deduct recruitment fees or the cost of your visa or QID. Ask for an explanation of every deduction.

**Unpaid wages**

If your wage is late, tell your employer, then complain to the Ministry of Labour. Qatar has a **Workers' Support and Insurance Fund** that can pay wages awarded by the labour dispute committees when the employer does not.
""",
        "body_ur": """
**کم از کم تنخواہ**

قطر میں کم از کم تنخواہ مقرر ہے جو ہر قومیت کے ہر کارکن پر لاگو ہوتی ہے۔ اس میں ایک بنیادی حصہ ہوتا ہے، اور اگر آجر کھانا اور رہائش نہ دے تو ان کے لیے الگ رقم۔ موجودہ رقم سینٹر سے معلوم کریں۔

**ویج پروٹیکشن سسٹم**

آجر تنخواہ **ویج پروٹیکشن سسٹم** کے ذریعے کارکن کے **بینک اکاؤنٹ** میں جمع کراتے ہیں، جس سے وزارت محنت دیر سے یا نہ ہونے والی ادائیگیاں دیکھ سکتی ہے۔ تنخواہ **ہر مہینے** وقت پر واجب ہے۔

**کٹوتیاں**

آجر قانون کی اجازت سے زیادہ کٹوتی نہیں کر سکتا، اور بھرتی کی فیس یا ویزا اور QID کا خرچ تنخواہ سے **نہیں** کاٹ سکتا۔ ہر کٹوتی کی وجہ پوچھیں۔

**تنخواہ نہ ملے تو**

اگر تنخواہ دیر سے ملے تو آجر کو بتائیں، پھر وزارت محنت میں شکایت کریں۔ قطر میں **ورکرز سپورٹ اینڈ انشورنس فنڈ** ہے، جو لیبر تنازعات کمیٹی کی طے کردہ تنخواہ اس وقت ادا کر سکتا ہے جب آجر ادا نہ کرے۔
""",
    },
    Topic.CONDITIONS: {
        "summary_en": "Working hours, the summer heat rules, housing standards, and the law for domestic workers in Qatar.",
        "summary_ur": "قطر میں کام کے اوقات، گرمیوں کے قواعد، رہائش کے معیار، اور گھریلو ملازمین کا قانون۔",
        "body_en": """
**Hours**

Normal working time is up to **8 hours a day** and 48 hours a week, less in Ramadan. Overtime must be paid at a higher rate. You have a weekly rest day, usually Friday.

**Summer heat**

In the summer months, outdoor work is **not allowed in the middle of the day**, and work must stop whenever the heat is too high. Employers must give water, shade and rest. Stop and tell your supervisor if you feel unwell.

**Housing**

Accommodation given by the employer must meet the government's standards: not overcrowded, clean, with cooling, water and toilets.

**Domestic workers**

Domestic workers have a law of their own: a limit on daily working hours, daily rest, a weekly day off and paid annual leave.
""",
        "body_ur": """
**کام کے اوقات**

عام طور پر کام **دن میں 8 گھنٹے** اور ہفتے میں 48 گھنٹے تک ہوتا ہے، اور رمضان میں اس سے کم۔ اوور ٹائم کی اجرت زیادہ شرح سے دینا لازمی ہے۔ ہفتے میں ایک دن چھٹی ہوتی ہے، عموماً جمعہ۔

**گرمیوں کی گرمی**

گرمیوں کے مہینوں میں **دوپہر کے وقت** کھلی جگہ پر کام کی **اجازت نہیں**، اور جب بھی گرمی حد سے بڑھ جائے تو کام روکنا ہوتا ہے۔ آجر کو پانی، سایہ اور آرام کا انتظام کرنا ہوتا ہے۔ طبیعت خراب لگے تو کام روک کر نگران کو بتائیں۔

**رہائش**

آجر کی دی ہوئی رہائش حکومت کے معیار کے مطابق ہونی چاہیے: گنجائش سے زیادہ لوگ نہ ہوں، صاف ہو، اور اس میں ٹھنڈک، پانی اور بیت الخلا ہوں۔

**گھریلو ملازمین**

گھریلو ملازمین کا اپنا الگ قانون ہے: روزانہ کام کے گھنٹوں کی حد، روزانہ آرام، ہفتے میں ایک چھٹی اور تنخواہ کے ساتھ سالانہ چھٹی۔
""",
    },
    Topic.CULTURE_LAW: {
        "summary_en": "Qatar's conservative customs and strict laws, and what to do if you are arrested.",
        "summary_ur": "قطر کے روایتی رواج اور سخت قوانین، اور گرفتاری کی صورت میں کیا کریں۔",
        "body_en": """
Qatar is a Muslim country with conservative customs. Its laws apply to everyone who lives there.

- **Drugs** bring long prison terms and deportation.
- Avoid alcohol. Being drunk in public is a crime.
- Dress modestly in public: cover your shoulders and knees.
- During **Ramadan**, do not eat, drink or smoke in public in the daytime.
- Do not photograph people, especially women, without permission, and do not post insults online: both can lead to prosecution.
- Keep your QID with you and renew it on time. Staying without a valid permit leads to fines and deportation.

Be polite and patient with officials. If you are arrested, ask for the **Embassy of Pakistan** to be told.
""",
        "body_ur": """
قطر ایک مسلمان ملک ہے جہاں کے رواج روایتی ہیں۔ یہاں کے قوانین وہاں رہنے والے ہر شخص پر لاگو ہوتے ہیں۔

- **منشیات** کی سزا طویل قید اور ملک بدری ہے۔
- شراب سے بچیں۔ عوامی جگہ پر نشے کی حالت میں ہونا جرم ہے۔
- عوامی جگہوں پر مناسب لباس پہنیں: کندھے اور گھٹنے ڈھکے ہوں۔
- **رمضان** میں دن کے وقت عوامی جگہوں پر کھانا، پینا یا سگریٹ پینا منع ہے۔
- اجازت کے بغیر لوگوں، خاص طور پر خواتین، کی تصویر نہ لیں، اور انٹرنیٹ پر توہین آمیز باتیں نہ لکھیں: دونوں پر مقدمہ ہو سکتا ہے۔
- QID اپنے پاس رکھیں اور وقت پر اس کی تجدید کروائیں۔ درست اجازت نامے کے بغیر رہنے پر جرمانہ اور ملک بدری ہوتی ہے۔

سرکاری اہلکاروں سے شائستگی اور تحمل سے بات کریں۔ اگر آپ گرفتار ہو جائیں تو کہیں کہ **پاکستان کے سفارت خانے** کو اطلاع دی جائے۔
""",
    },
    Topic.HEALTH: {
        "summary_en": "Your health card, safety at work, heat stroke, your state of mind, and medicines in Qatar.",
        "summary_ur": "قطر میں ہیلتھ کارڈ، کام پر حفاظت، لُو لگنا، ذہنی صحت اور دوائیں۔",
        "body_en": """
**Your health card**

With your QID you can get a **health card** for government health centres and hospitals. Your employer must pay for your health care: ask about your health insurance.

**At work**

- Use your helmet, boots, gloves and harness: the employer must give them to you free.
- Report any injury at once, and keep the papers from the hospital.
- In the heat, drink water often and rest in the shade. Watch your co-workers for signs of heat stroke (confusion, no sweating, collapse) and call **999**.

**Your state of mind**

Homesickness, debts and long hours weigh on anyone. Talk to a friend, a doctor or the Community Welfare Attaché if you feel low.

**Medicines**

Bring only the medicines you need, in the original pack, with a prescription: some are controlled in Qatar.
""",
        "body_ur": """
**ہیلتھ کارڈ**

QID کے ذریعے آپ سرکاری مراکز صحت اور ہسپتالوں کے لیے **ہیلتھ کارڈ** بنوا سکتے ہیں۔ آپ کے علاج کا خرچ آجر کے ذمے ہے: اپنی ہیلتھ انشورنس کے بارے میں پوچھیں۔

**کام پر**

- ہیلمٹ، جوتے، دستانے اور حفاظتی بیلٹ استعمال کریں: آجر کو یہ آپ کو مفت دینے ہیں۔
- کوئی بھی چوٹ لگے تو فوراً بتائیں، اور ہسپتال کے کاغذات سنبھال کر رکھیں۔
- گرمی میں بار بار پانی پئیں اور سائے میں آرام کریں۔ ساتھیوں میں لُو لگنے کی علامات (ذہن کا الجھنا، پسینہ بند ہونا، گر پڑنا) پر نظر رکھیں اور **999** پر فون کریں۔

**ذہنی حالت**

گھر کی یاد، قرض اور لمبے اوقات کار کسی پر بھی بوجھ بن سکتے ہیں۔ دل اداس ہو تو کسی دوست، ڈاکٹر یا کمیونٹی ویلفیئر اتاشی سے بات کریں۔

**دوائیں**

صرف ضرورت کی دوائیں، اصل پیکٹ میں اور نسخے کے ساتھ لے جائیں: بعض دوائیں قطر میں پابندی والی ہیں۔
""",
    },
    Topic.MONEY_HOME: {
        "summary_en": "Send money home through banks and licensed exchange companies, plan with your family, and save.",
        "summary_ur": "گھر پیسے بینکوں اور لائسنس یافتہ ایکسچینج کمپنیوں کے ذریعے بھیجیں، گھر والوں کے ساتھ منصوبہ بنائیں اور بچت کریں۔",
        "body_en": """
Send money to Pakistan only through **banks** and **licensed exchange companies**. Informal transfers (hundi, hawala) are illegal and risky: if the money is lost, nobody can get it back for you.

- Your wage comes into a bank account; you can send money from the bank or from an exchange company.
- Many services let you send money from a mobile app.
- Compare the exchange rate and the fee.
- Keep all receipts, and tell your family the transfer number.

**Plan and save**

- Agree on a monthly budget with your family.
- Pay off the debts of your migration first.
- Save something every month, in an account in your own name. Overseas Pakistanis can open a **Roshan Digital Account** with a Pakistani bank from abroad.
""",
        "body_ur": """
پاکستان رقم صرف **بینکوں** اور **لائسنس یافتہ ایکسچینج کمپنیوں** کے ذریعے بھیجیں۔ غیر رسمی طریقے (ہنڈی، حوالہ) غیر قانونی اور خطرناک ہیں: اگر رقم ڈوب جائے تو کوئی واپس نہیں دلا سکتا۔

- آپ کی تنخواہ بینک اکاؤنٹ میں آتی ہے؛ آپ بینک سے یا کسی ایکسچینج کمپنی سے رقم بھیج سکتے ہیں۔
- بہت سی سروسز سے موبائل ایپ کے ذریعے رقم بھیجی جا سکتی ہے۔
- ریٹ اور فیس کا موازنہ کریں۔
- سب رسیدیں سنبھال کر رکھیں، اور گھر والوں کو ٹرانسفر نمبر بتائیں۔

**منصوبہ اور بچت**

- گھر والوں کے ساتھ مہینے کا بجٹ طے کریں۔
- پہلے بیرون ملک جانے کے لیے لیا گیا قرض اتاریں۔
- ہر مہینے کچھ نہ کچھ اپنے نام کے اکاؤنٹ میں بچائیں۔ بیرون ملک پاکستانی کسی پاکستانی بینک میں باہر سے ہی **روشن ڈیجیٹل اکاؤنٹ** کھول سکتے ہیں۔
""",
    },
    Topic.EMBASSY: {
        "summary_en": "Pakistan's Embassy in Doha and its Community Welfare Attaché: what they can do and how to reach them.",
        "summary_ur": "دوحہ میں پاکستان کا سفارت خانہ اور اس کا کمیونٹی ویلفیئر اتاشی: وہ کیا کر سکتے ہیں اور ان سے رابطہ کیسے کریں۔",
        "body_en": """
Pakistan has an **Embassy in Doha**, with a **Community Welfare Attaché** (CWA) who helps Pakistani workers in Qatar.

**The Community Welfare Attaché can**

- advise you on a dispute with your employer, and speak to the employer;
- help you bring a complaint to the Ministry of Labour;
- visit workers in detention or in hospital;
- help when you lose your passport (an emergency travel document), and help families when a worker dies.

**Numbers**

Check the current numbers of the Embassy and its welfare wing on the **Ministry of Foreign Affairs' website**, or ask at the centre before you leave.

**Community**

Pakistani community associations in Qatar can also help newcomers. Be careful with people who ask for money to "help" with your papers.
""",
        "body_ur": """
پاکستان کا **سفارت خانہ دوحہ** میں ہے، جہاں ایک **کمیونٹی ویلفیئر اتاشی** قطر میں پاکستانی کارکنوں کی مدد کرتا ہے۔

**کمیونٹی ویلفیئر اتاشی یہ کر سکتا ہے**

- آجر کے ساتھ تنازع میں آپ کو مشورہ دینا اور آجر سے بات کرنا؛
- وزارت محنت میں شکایت درج کرانے میں مدد کرنا؛
- گرفتار یا ہسپتال میں داخل کارکنوں سے ملنا؛
- پاسپورٹ گم ہونے پر مدد (ہنگامی سفری دستاویز)، اور کسی کارکن کی وفات پر گھر والوں کی مدد۔

**نمبر**

سفارت خانے اور اس کے ویلفیئر ونگ کے تازہ نمبر **وزارت خارجہ کی ویب سائٹ** پر دیکھیں، یا روانگی سے پہلے سینٹر سے پوچھیں۔

**کمیونٹی**

قطر میں پاکستانی کمیونٹی کی تنظیمیں بھی نئے آنے والوں کی مدد کرتی ہیں۔ جو لوگ کاغذات میں "مدد" کے لیے پیسے مانگیں ان سے ہوشیار رہیں۔
""",
    },
    Topic.EMERGENCY: {
        "summary_en": "One number for police, ambulance and fire in Qatar, and how to say where you are.",
        "summary_ur": "قطر میں پولیس، ایمبولینس اور فائر بریگیڈ کا ایک ہی نمبر، اور اپنی جگہ کیسے بتائیں۔",
        "body_en": """
**In an emergency in Qatar, call 999** for police, ambulance and fire. The call is free.

Say:

1. where you are: the area, the street and the building number, which are on the blue plate on every building;
2. what happened;
3. how many people are hurt.

**Also keep**

- your employer's and your supervisor's numbers;
- the Embassy of Pakistan in Doha (check the current number on the Ministry of Foreign Affairs' website or at the centre);
- a relative's number in Pakistan.

Save them in your phone and on paper.
""",
        "body_ur": """
**قطر میں ہنگامی صورت میں 999 ملائیں**: پولیس، ایمبولینس اور آگ، سب کے لیے یہی نمبر ہے۔ یہ کال مفت ہے۔

بتائیں:

1. آپ کہاں ہیں: علاقہ، گلی اور عمارت کا نمبر، جو ہر عمارت پر لگی نیلی تختی پر لکھے ہوتے ہیں؛
2. کیا ہوا ہے؛
3. کتنے لوگ زخمی ہیں۔

**یہ نمبر بھی پاس رکھیں**

- اپنے آجر اور نگران کے نمبر؛
- دوحہ میں پاکستان کے سفارت خانے کا نمبر (تازہ نمبر وزارت خارجہ کی ویب سائٹ یا سینٹر سے معلوم کریں)؛
- پاکستان میں کسی رشتہ دار کا نمبر۔

یہ نمبر فون میں بھی محفوظ کریں اور کاغذ پر بھی لکھیں۔
""",
    },
    Topic.COMPLAINTS: {
        "summary_en": "How to complain to Qatar's Ministry of Labour, who decides disputes, and where else to find help.",
        "summary_ur": "قطر کی وزارت محنت میں شکایت کیسے کریں، تنازعات کا فیصلہ کون کرتا ہے، اور مدد اور کہاں سے ملے۔",
        "body_en": """
**1. Speak to your employer** first, calmly, and in writing if you can.

**2. Complain to the Ministry of Labour**

You can complain online, through the Ministry's app or hotline, or at a labour office. You do not need your employer's permission to complain. If the dispute is not settled, it goes to a **Labour Dispute Settlement Committee**, which decides quickly.

**3. Ask for help**

The **Community Welfare Attaché** at the Embassy of Pakistan in Doha can advise you.

**4. At home**

Your family can come to the Migrant Resource Centre, or complain to the **Protector of Emigrants** about the promoter who sent you.

**Keep evidence:** your contract, payslips, bank statements and messages. Do not sign any paper saying you were paid, or that you give up your rights, unless it is true and you understand it.

Making a complaint is your right.
""",
        "body_ur": """
**1. پہلے آجر سے بات کریں**، تحمل سے، اور ہو سکے تو تحریری طور پر۔

**2. وزارت محنت میں شکایت کریں**

آپ آن لائن، وزارت کی ایپ یا ہیلپ لائن کے ذریعے، یا کسی لیبر آفس میں جا کر شکایت کر سکتے ہیں۔ شکایت کے لیے آجر کی اجازت کی ضرورت نہیں۔ اگر تنازع نہ سلجھے تو وہ **لیبر تنازعات کے تصفیے کی کمیٹی** کے پاس جاتا ہے، جو جلد فیصلہ کرتی ہے۔

**3. مدد مانگیں**

دوحہ میں پاکستان کے سفارت خانے کا **کمیونٹی ویلفیئر اتاشی** آپ کو مشورہ دے سکتا ہے۔

**4. پاکستان میں**

آپ کے گھر والے مائیگرنٹ ریسورس سینٹر آ سکتے ہیں، یا آپ کو بھیجنے والے پروموٹر کے خلاف **پروٹیکٹر آف امیگرنٹس** کو شکایت کر سکتے ہیں۔

**ثبوت سنبھال کر رکھیں:** معاہدہ، تنخواہ کی پرچیاں، بینک اسٹیٹمنٹ اور پیغامات۔ کسی ایسے کاغذ پر دستخط نہ کریں جس میں لکھا ہو کہ آپ کو رقم مل گئی ہے یا آپ اپنے حقوق چھوڑ رہے ہیں، جب تک وہ سچ نہ ہو اور آپ اسے سمجھ نہ لیں۔

شکایت کرنا آپ کا حق ہے۔
""",
    },
}

GUIDES["MY"] = {
    Topic.ENTRY_PERMIT: {
        "summary_en": "An approved employer, the Visa with Reference, the FOMEMA medical check and your work pass in Malaysia.",
        "summary_ur": "منظور شدہ آجر، ویزا وِد ریفرنس، فومیما طبی معائنہ اور ملائیشیا میں آپ کا ورک پاس۔",
        "body_en": """
Foreign workers come to Malaysia only through an **employer approved by the Malaysian government** to hire them.

**The steps**

1. Your employer gets the approval and applies for your entry: a **Visa with Reference** (sometimes called a "calling visa").
2. In Pakistan, you take a medical check at an approved centre and register with the **Protector of Emigrants**.
3. In your first month in Malaysia, you take the **FOMEMA** medical check. If you pass, the Immigration Department gives you a **Temporary Employment Visit Pass** (your work pass), which is tied to your employer.

Your employer pays the levy and the cost of the pass. The pass must be renewed every year.

A tourist visa does **not** allow you to work. Working without a pass leads to arrest, detention, and deportation; the law also allows caning.
""",
        "body_ur": """
غیر ملکی کارکن ملائیشیا صرف ایسے **آجر** کے ذریعے آتے ہیں جسے **ملائیشیا کی حکومت** نے غیر ملکی کارکن رکھنے کی منظوری دی ہو۔

**مراحل**

1. آپ کا آجر منظوری لیتا ہے اور آپ کے داخلے کی درخواست دیتا ہے: **ویزا وِد ریفرنس** (جسے کبھی "کالنگ ویزا" بھی کہا جاتا ہے)۔
2. پاکستان میں آپ کسی منظور شدہ مرکز سے طبی معائنہ کرواتے ہیں اور **پروٹیکٹر آف امیگرنٹس** کے دفتر میں اندراج کرواتے ہیں۔
3. ملائیشیا میں پہلے مہینے کے اندر آپ **فومیما (FOMEMA)** طبی معائنہ کرواتے ہیں۔ کامیاب ہونے پر محکمہ امیگریشن آپ کو **عارضی ملازمتی وزٹ پاس** (آپ کا ورک پاس) دیتا ہے، جو آپ کے آجر سے منسلک ہوتا ہے۔

لیوی اور پاس کا خرچ آپ کا آجر دیتا ہے۔ پاس کی ہر سال تجدید ہوتی ہے۔

سیاحتی ویزا پر کام کرنے کی **اجازت نہیں**۔ پاس کے بغیر کام کرنے پر گرفتاری، حراست اور ملک بدری ہوتی ہے؛ قانون میں کوڑوں کی سزا بھی ہے۔
""",
    },
    Topic.CONTRACT_RIGHTS: {
        "summary_en": "What your Malaysian contract must say, and your rights: the minimum wage, your passport, pay on time and housing.",
        "summary_ur": "ملائیشیا کے معاہدے میں کیا لکھا ہونا چاہیے، اور آپ کے حقوق: کم از کم تنخواہ، پاسپورٹ، وقت پر تنخواہ اور رہائش۔",
        "body_en": """
Your contract of service should be signed before you leave Pakistan, in a language you understand. Keep a copy.

**Check in your contract**

- the employer's name and the job;
- the **monthly wage**, which may not be below Malaysia's **minimum wage**;
- hours, overtime, the rest day, public holidays, and annual and sick leave;
- who pays for housing, and how long the contract lasts.

**Your rights in Malaysia**

- **Your passport is yours.** Under Malaysian law, it is an offence for an employer to keep a worker's passport. Ask for it back; if the employer refuses, complain to the Labour Department.
- Your wage is paid at least **once a month**, no later than the **7th day** after the end of the month.
- Housing given by the employer must meet the legal minimum standards.
- You are covered by **SOCSO** (PERKESO) if you are injured at work.
- Foreign workers have the same basic rights under the employment law as Malaysian workers.
""",
        "body_ur": """
ملازمت کے معاہدے پر پاکستان سے روانگی سے پہلے، ایسی زبان میں جو آپ سمجھتے ہوں، دستخط ہونے چاہییں۔ اس کی کاپی اپنے پاس رکھیں۔

**معاہدے میں یہ باتیں دیکھیں**

- آجر کا نام اور کام؛
- **ماہانہ تنخواہ**، جو ملائیشیا کی **کم از کم تنخواہ** سے کم نہیں ہو سکتی؛
- کام کے اوقات، اوور ٹائم، ہفتہ وار چھٹی، سرکاری تعطیلات، سالانہ اور بیماری کی چھٹی؛
- رہائش کا خرچ کون دے گا، اور معاہدے کی مدت۔

**ملائیشیا میں آپ کے حقوق**

- **آپ کا پاسپورٹ آپ کا ہے۔** ملائیشیا کے قانون کے تحت آجر کا کارکن کا پاسپورٹ اپنے پاس رکھنا جرم ہے۔ اسے واپس مانگیں؛ آجر انکار کرے تو محکمہ محنت میں شکایت کریں۔
- تنخواہ کم از کم **مہینے میں ایک بار**، مہینہ ختم ہونے کے بعد **7 دن کے اندر** ملے۔
- آجر کی دی ہوئی رہائش قانون کے کم از کم معیار کے مطابق ہو۔
- کام کے دوران چوٹ لگنے پر آپ **سوکسو (SOCSO / PERKESO)** کے تحت محفوظ ہیں۔
- روزگار کے قانون کے تحت غیر ملکی کارکنوں کے بنیادی حقوق وہی ہیں جو ملائیشیا کے کارکنوں کے ہیں۔
""",
    },
    Topic.WAGES: {
        "summary_en": "Malaysia's minimum wage, when you must be paid, which deductions are allowed, and why payslips matter.",
        "summary_ur": "ملائیشیا کی کم از کم تنخواہ، تنخواہ کب ملنی چاہیے، کون سی کٹوتی جائز ہے، اور تنخواہ کی پرچی کیوں ضروری ہے۔",
        "body_en": """
**Minimum wage**

Malaysia's **minimum wage** applies to foreign workers too. The government sets it and changes it from time to time: ask the centre for the current amount before you sign.

**When you are paid**

Wages must be paid at least once a month, **no later than the 7th day** after the end of the wage period, preferably into your bank account. Overtime is paid at a higher rate.

**Deductions**

Only the deductions the law allows can be made: for example, an advance you received, contributions the law requires, or housing or food you agreed to in writing. The employer may **not** deduct the **levy** or the cost of your work pass.

**Payslips**

Ask for a payslip every month that shows your hours, overtime and every deduction. Keep them all: they are your evidence if there is a dispute.
""",
        "body_ur": """
**کم از کم تنخواہ**

ملائیشیا کی **کم از کم تنخواہ** غیر ملکی کارکنوں پر بھی لاگو ہوتی ہے۔ حکومت اسے مقرر کرتی ہے اور وقتاً فوقتاً بدلتی ہے: دستخط سے پہلے سینٹر سے موجودہ رقم معلوم کریں۔

**تنخواہ کب ملے**

تنخواہ کم از کم مہینے میں ایک بار، تنخواہ کی مدت ختم ہونے کے بعد **7 دن کے اندر** ملنی چاہیے، بہتر ہے کہ آپ کے بینک اکاؤنٹ میں۔ اوور ٹائم کی اجرت زیادہ شرح سے ملتی ہے۔

**کٹوتیاں**

صرف وہی کٹوتیاں ہو سکتی ہیں جن کی قانون اجازت دیتا ہے: مثلاً آپ کا لیا ہوا ایڈوانس، قانون کے تحت لازمی ادائیگیاں، یا وہ رہائش اور کھانا جس پر آپ نے تحریری رضامندی دی ہو۔ آجر **لیوی** یا آپ کے ورک پاس کا خرچ تنخواہ سے **نہیں** کاٹ سکتا۔

**تنخواہ کی پرچی**

ہر مہینے تنخواہ کی پرچی مانگیں جس میں آپ کے گھنٹے، اوور ٹائم اور ہر کٹوتی درج ہو۔ سب سنبھال کر رکھیں: کسی تنازع میں یہی آپ کا ثبوت ہیں۔
""",
    },
    Topic.CONDITIONS: {
        "summary_en": "Working hours and leave, the law on workers' housing, safety, and the signs of forced labour.",
        "summary_ur": "کام کے اوقات اور چھٹیاں، کارکنوں کی رہائش کا قانون، حفاظت، اور جبری مشقت کی نشانیاں۔",
        "body_en": """
**Hours**

The employment law limits normal work to **8 hours a day** and sets a weekly limit; overtime is limited too, and paid at a higher rate. You have **one rest day a week**, public holidays, and paid annual and sick leave.

**Housing**

Employers who house their workers must follow the law on workers' minimum housing standards: a safe building, enough space, beds, water, electricity and toilets. The housing must be certified by the authorities.

**Safety**

In factories, on construction sites and on plantations, use the protective equipment you are given. Report unsafe work and accidents to your supervisor.

**Your freedom**

Being locked in at work or in your housing, or having your phone or passport taken from you, are signs of **forced labour**. Report them to the Labour Department or the High Commission.
""",
        "body_ur": """
**کام کے اوقات**

روزگار کا قانون عام کام کو **دن میں 8 گھنٹے** تک محدود کرتا ہے اور ہفتے کی حد بھی مقرر کرتا ہے؛ اوور ٹائم کی بھی حد ہے اور اس کی اجرت زیادہ شرح سے ملتی ہے۔ آپ کو **ہفتے میں ایک دن چھٹی**، سرکاری تعطیلات، اور تنخواہ کے ساتھ سالانہ اور بیماری کی چھٹی ملتی ہے۔

**رہائش**

جو آجر کارکنوں کو رہائش دیتے ہیں انہیں کارکنوں کی رہائش کے کم از کم معیار کا قانون ماننا ہوتا ہے: محفوظ عمارت، مناسب جگہ، بستر، پانی، بجلی اور بیت الخلا۔ رہائش کا حکام سے تصدیق شدہ ہونا ضروری ہے۔

**حفاظت**

فیکٹریوں، تعمیراتی جگہوں اور باغات میں دیا گیا حفاظتی سامان استعمال کریں۔ خطرناک کام اور حادثے کی اطلاع اپنے نگران کو دیں۔

**آپ کی آزادی**

کام کی جگہ یا رہائش میں بند کر دیا جانا، یا آپ کا فون یا پاسپورٹ لے لیا جانا **جبری مشقت** کی نشانیاں ہیں۔ ان کی اطلاع محکمہ محنت یا ہائی کمیشن کو دیں۔
""",
    },
    Topic.CULTURE_LAW: {
        "summary_en": "A country of many peoples and faiths: the customs to respect and the laws to know in Malaysia.",
        "summary_ur": "کئی قوموں اور مذاہب کا ملک: ملائیشیا میں کن رواجوں کا احترام کریں اور کون سے قوانین جانیں۔",
        "body_en": """
Malaysia is a country of many peoples (Malay, Chinese, Indian and others) and many religions. Islam is the official religion. Respect everyone's faith and customs.

- **Drugs** carry very severe penalties in Malaysia, up to the death penalty for trafficking.
- Carry your passport, or a copy of it with your work pass, when you go out: police and immigration officers may check.
- Do not work for anyone other than the employer named on your pass.
- Take off your shoes before entering a home or a place of worship.
- Speak politely: anger in public causes shame. A smile and "terima kasih" (thank you) are always welcome.
- Avoid arguments about religion, race or the royal family: they are sensitive, and can be against the law.
""",
        "body_ur": """
ملائیشیا کئی قوموں (ملائی، چینی، ہندوستانی اور دیگر) اور کئی مذاہب کا ملک ہے۔ اسلام سرکاری مذہب ہے۔ سب کے عقیدے اور رواج کا احترام کریں۔

- ملائیشیا میں **منشیات** کی بہت سخت سزائیں ہیں، اسمگلنگ پر سزائے موت تک۔
- باہر جاتے وقت پاسپورٹ، یا ورک پاس کے ساتھ اس کی کاپی، ساتھ رکھیں: پولیس اور امیگریشن کے اہلکار جانچ سکتے ہیں۔
- اپنے پاس پر درج آجر کے سوا کسی اور کے لیے کام نہ کریں۔
- کسی گھر یا عبادت گاہ میں داخل ہونے سے پہلے جوتے اتار دیں۔
- شائستگی سے بات کریں: عوامی جگہ پر غصہ شرمندگی کا باعث بنتا ہے۔ مسکراہٹ اور "ترِیما کاسِہ" (شکریہ) ہمیشہ پسند کیے جاتے ہیں۔
- مذہب، نسل یا شاہی خاندان کے بارے میں بحث سے بچیں: یہ حساس موضوعات ہیں اور قانون کے خلاف بھی ہو سکتے ہیں۔
""",
    },
    Topic.HEALTH: {
        "summary_en": "The FOMEMA check, hospital insurance and SOCSO, dengue, and sick leave in Malaysia.",
        "summary_ur": "فومیما معائنہ، ہسپتال کا بیمہ اور سوکسو، ڈینگی، اور ملائیشیا میں بیماری کی چھٹی۔",
        "body_en": """
**Medical checks**

Before you travel you take a medical check in Pakistan, and in your first month in Malaysia the **FOMEMA** check. The FOMEMA check is repeated in some years when your pass is renewed. Go to the clinic your employer registers you with.

**Insurance**

Employers must cover foreign workers under a **health insurance scheme for hospital treatment**, and under **SOCSO** for work injuries. Ask for proof of both.

**Staying well**

- Malaysia is hot and humid: drink plenty of water.
- Protect yourself from mosquitoes: **dengue fever** is common. Use repellent, and empty standing water.
- Use the protective equipment your job needs.
- If you are sick, see a doctor and ask for a medical certificate: paid sick leave needs one.
""",
        # Not translated yet: the page shows its English text, and says so, in Urdu.
        "body_ur": "",
    },
    Topic.MONEY_HOME: {
        "summary_en": "Licensed remittance companies and banks, keeping your card safe, and saving in Malaysia and at home.",
        "summary_ur": "لائسنس یافتہ ترسیلات زر کمپنیاں اور بینک، اپنا کارڈ محفوظ رکھنا، اور ملائیشیا اور پاکستان میں بچت۔",
        "body_en": """
Send money home through **banks** or **licensed remittance companies**: Malaysia's central bank licenses them, and they display their licence. Unlicensed "agents" are illegal, and you can lose your money.

- Many remittance companies have branches near workplaces and accept a passport as identification; many also have mobile apps.
- Compare the exchange rate and the fee.
- Keep every receipt, and send only in your own name.
- Never give your bank card or PIN to anyone, not to your employer and not to a friend.

**Saving**

Open a bank account in Malaysia in your own name; your employer can pay your wage into it. Save some money every month in Pakistan too: overseas Pakistanis can open a **Roshan Digital Account** with a Pakistani bank from abroad.
""",
        "body_ur": """
گھر رقم **بینکوں** یا **لائسنس یافتہ ترسیلات زر کمپنیوں** کے ذریعے بھیجیں: ملائیشیا کا مرکزی بینک انہیں لائسنس دیتا ہے، اور وہ اپنا لائسنس نمایاں جگہ پر لگاتی ہیں۔ بغیر لائسنس "ایجنٹ" غیر قانونی ہیں اور آپ کی رقم ڈوب سکتی ہے۔

- بہت سی ترسیلات زر کمپنیوں کی شاخیں کام کی جگہوں کے قریب ہوتی ہیں اور وہ شناخت کے لیے پاسپورٹ قبول کرتی ہیں؛ بہت سی کی موبائل ایپ بھی ہے۔
- ریٹ اور فیس کا موازنہ کریں۔
- ہر رسید سنبھال کر رکھیں، اور رقم صرف اپنے نام سے بھیجیں۔
- اپنا بینک کارڈ یا پن کسی کو نہ دیں، نہ آجر کو اور نہ کسی دوست کو۔

**بچت**

ملائیشیا میں اپنے نام پر بینک اکاؤنٹ کھولیں؛ آپ کا آجر تنخواہ اسی میں جمع کرا سکتا ہے۔ ہر مہینے پاکستان میں بھی کچھ بچت کریں: بیرون ملک پاکستانی کسی پاکستانی بینک میں باہر سے ہی **روشن ڈیجیٹل اکاؤنٹ** کھول سکتے ہیں۔
""",
    },
    Topic.EMBASSY: {
        "title_en": "High Commission and community welfare attaché in Malaysia",
        "title_ur": "ملائیشیا میں ہائی کمیشن اور کمیونٹی ویلفیئر اتاشی",
        "summary_en": "The High Commission for Pakistan in Kuala Lumpur: when its Community Welfare Attaché can help you.",
        "summary_ur": "کوالالمپور میں پاکستان ہائی کمیشن: اس کا کمیونٹی ویلفیئر اتاشی کب آپ کی مدد کر سکتا ہے۔",
        "body_en": """
In Malaysia, Pakistan is represented by the **High Commission for Pakistan in Kuala Lumpur** (Commonwealth countries have High Commissions instead of embassies). Its **Community Welfare Attaché** helps Pakistani workers.

**Contact them when**

- your employer keeps your passport or has not paid you;
- you are arrested, or detained by immigration;
- you lost your passport and need an emergency travel document;
- a Pakistani worker has died and the family needs help.

**Numbers**

Check the High Commission's current telephone numbers on the **Ministry of Foreign Affairs' website**, or ask at the centre before you leave. Save them on your phone and on paper.

Leave copies of your passport, work pass and contract with your family.
""",
        "body_ur": """
ملائیشیا میں پاکستان کی نمائندگی **کوالالمپور میں پاکستان ہائی کمیشن** کرتا ہے (دولت مشترکہ کے ملکوں میں سفارت خانے کی جگہ ہائی کمیشن ہوتا ہے)۔ اس کا **کمیونٹی ویلفیئر اتاشی** پاکستانی کارکنوں کی مدد کرتا ہے۔

**ان صورتوں میں رابطہ کریں**

- آپ کے آجر نے آپ کا پاسپورٹ رکھ لیا ہے یا آپ کو تنخواہ نہیں دی؛
- آپ گرفتار ہیں، یا امیگریشن کی حراست میں ہیں؛
- آپ کا پاسپورٹ گم ہو گیا ہے اور آپ کو ہنگامی سفری دستاویز چاہیے؛
- کسی پاکستانی کارکن کی وفات ہو گئی ہے اور گھر والوں کو مدد چاہیے۔

**نمبر**

ہائی کمیشن کے تازہ ٹیلی فون نمبر **وزارت خارجہ کی ویب سائٹ** پر دیکھیں، یا روانگی سے پہلے سینٹر سے پوچھیں۔ انہیں فون میں بھی محفوظ کریں اور کاغذ پر بھی لکھیں۔

پاسپورٹ، ورک پاس اور معاہدے کی کاپیاں گھر والوں کے پاس چھوڑ دیں۔
""",
    },
    Topic.EMERGENCY: {
        "summary_en": "The number to call for police, ambulance and fire in Malaysia, and what to tell the operator.",
        "summary_ur": "ملائیشیا میں پولیس، ایمبولینس اور فائر بریگیڈ کا نمبر، اور آپریٹر کو کیا بتانا ہے۔",
        "body_en": """
**In an emergency in Malaysia, call 999** for police, ambulance and fire. From a mobile phone you can also dial **112**.

Tell the operator:

- where you are (the address, or a landmark nearby);
- what happened;
- whether anyone is hurt.

Malay and English are spoken on the line; if you speak little of either, ask someone near you to help, but call.

**Also keep**

- your employer's and your supervisor's numbers;
- the High Commission for Pakistan in Kuala Lumpur (check the current number on the Ministry of Foreign Affairs' website or at the centre);
- a relative's number in Pakistan.
""",
        "body_ur": """
**ملائیشیا میں ہنگامی صورت میں 999 ملائیں**: پولیس، ایمبولینس اور آگ، سب کے لیے۔ موبائل فون سے آپ **112** بھی ملا سکتے ہیں۔

آپریٹر کو بتائیں:

- آپ کہاں ہیں (پتہ، یا قریب کی کوئی مشہور جگہ)؛
- کیا ہوا ہے؛
- کیا کوئی زخمی ہے۔

فون پر ملائی اور انگلش بولی جاتی ہے؛ اگر آپ دونوں کم جانتے ہیں تو قریب کسی سے مدد لیں، مگر فون ضرور کریں۔

**یہ نمبر بھی پاس رکھیں**

- اپنے آجر اور نگران کے نمبر؛
- کوالالمپور میں پاکستان ہائی کمیشن کا نمبر (تازہ نمبر وزارت خارجہ کی ویب سائٹ یا سینٹر سے معلوم کریں)؛
- پاکستان میں کسی رشتہ دار کا نمبر۔
""",
    },
    Topic.COMPLAINTS: {
        "summary_en": "The Labour Department, the High Commission and workers' organisations: where to complain in Malaysia.",
        "summary_ur": "محکمہ محنت، ہائی کمیشن اور کارکنوں کی تنظیمیں: ملائیشیا میں شکایت کہاں کریں۔",
        "body_en": """
**1. Talk to your employer or supervisor** about the problem, in writing if you can.

**2. Complain to the Labour Department**

The **Labour Department** (Jabatan Tenaga Kerja) of the Ministry of Human Resources takes complaints about wages, hours, leave, housing, passports kept by employers, and forced labour. You can complain at a labour office or online. The **Industrial Relations Department** deals with unfair dismissal.

**3. Ask for help**

- The **Community Welfare Attaché** at the High Commission for Pakistan in Kuala Lumpur.
- Trade unions and workers' organisations in Malaysia also help migrant workers.

**4. In Pakistan**

Your family can come to the Migrant Resource Centre, or complain to the **Protector of Emigrants** about the promoter who sent you.

Keep your contract, payslips, and photos of any problem. Do not run away from your employer: without your pass you can be arrested. Get advice first.
""",
        "body_ur": """
**1. مسئلے پر اپنے آجر یا نگران سے بات کریں**، ہو سکے تو تحریری طور پر۔

**2. محکمہ محنت میں شکایت کریں**

وزارت انسانی وسائل کا **محکمہ محنت** (Jabatan Tenaga Kerja) تنخواہ، اوقات کار، چھٹیوں، رہائش، آجر کے پاس رکھے گئے پاسپورٹ اور جبری مشقت کی شکایات سنتا ہے۔ آپ کسی لیبر آفس میں جا کر یا آن لائن شکایت کر سکتے ہیں۔ ناجائز برطرفی کے معاملات **محکمہ صنعتی تعلقات** دیکھتا ہے۔

**3. مدد مانگیں**

- کوالالمپور میں پاکستان ہائی کمیشن کا **کمیونٹی ویلفیئر اتاشی**۔
- ملائیشیا کی مزدور یونینیں اور کارکنوں کی تنظیمیں بھی تارکین وطن کارکنوں کی مدد کرتی ہیں۔

**4. پاکستان میں**

آپ کے گھر والے مائیگرنٹ ریسورس سینٹر آ سکتے ہیں، یا آپ کو بھیجنے والے پروموٹر کے خلاف **پروٹیکٹر آف امیگرنٹس** کو شکایت کر سکتے ہیں۔

معاہدہ، تنخواہ کی پرچیاں اور کسی بھی مسئلے کی تصویریں سنبھال کر رکھیں۔ آجر کے پاس سے بھاگیں نہیں: پاس کے بغیر آپ گرفتار ہو سکتے ہیں۔ پہلے مشورہ لیں۔
""",
    },
}

GUIDES["KR"] = {
    Topic.ENTRY_PERMIT: {
        "summary_en": "Korea's Employment Permit System: the EPS-TOPIK test, the job-seekers' roster, the contract and the E-9 visa, with no agent involved.",
        "summary_ur": "کوریا کا ایمپلائمنٹ پرمٹ سسٹم: ای پی ایس ٹوپک امتحان، نوکری کے امیدواروں کی فہرست، معاہدہ اور E-9 ویزا، کسی ایجنٹ کے بغیر۔",
        "body_en": """
Pakistani workers go to Korea under the **Employment Permit System (EPS)**, an agreement between the two governments. In Pakistan, the EPS is run by the government's **Overseas Employment Corporation (OEC)**; in Korea, by the Ministry of Employment and Labor with **HRD Korea**. **No private agent takes part**, and nobody can sell you an EPS job.

**The steps**

1. Pass the **EPS-TOPIK** Korean language test (and a skills test where required), announced by the OEC.
2. Your name goes on the roster of job seekers that Korean employers see. Being on the roster does not guarantee a job.
3. When an employer chooses you, you sign the **standard labour contract**.
4. The employer gets your **Certificate for Confirmation of Visa Issuance**, and you get an **E-9 visa**.
5. You attend pre-departure training in Pakistan, and **employment training** after you arrive in Korea.

Register with the **Protector of Emigrants** before you fly. Your stay is set by your contract, and can be extended if your employer asks for it.
""",
        "body_ur": """
پاکستانی کارکن کوریا **ایمپلائمنٹ پرمٹ سسٹم (EPS)** کے تحت جاتے ہیں، جو دونوں حکومتوں کے درمیان معاہدہ ہے۔ پاکستان میں EPS حکومت کی **اوورسیز ایمپلائمنٹ کارپوریشن (OEC)** چلاتی ہے، اور کوریا میں روزگار و محنت کی وزارت **ایچ آر ڈی کوریا (HRD Korea)** کے ساتھ۔ اس میں **کوئی نجی ایجنٹ شامل نہیں**، اور کوئی آپ کو EPS کی نوکری بیچ نہیں سکتا۔

**مراحل**

1. **ای پی ایس ٹوپک (EPS-TOPIK)** کوریائی زبان کا امتحان پاس کریں (اور جہاں ضروری ہو، ہنر کا امتحان)، جس کا اعلان OEC کرتی ہے۔
2. آپ کا نام نوکری کے امیدواروں کی اس فہرست میں آ جاتا ہے جسے کوریا کے آجر دیکھتے ہیں۔ فہرست میں نام آنا نوکری کی ضمانت نہیں۔
3. جب کوئی آجر آپ کو چن لے تو آپ **معیاری ملازمتی معاہدے** پر دستخط کرتے ہیں۔
4. آجر آپ کا **ویزا اجرا کی تصدیق کا سرٹیفکیٹ** حاصل کرتا ہے، اور آپ کو **E-9 ویزا** ملتا ہے۔
5. آپ پاکستان میں روانگی سے پہلے کی تربیت لیتے ہیں، اور کوریا پہنچ کر **ملازمت کی تربیت**۔

جہاز پر سوار ہونے سے پہلے **پروٹیکٹر آف امیگرنٹس** کے دفتر میں اندراج کروائیں۔ آپ کے قیام کی مدت معاہدے سے طے ہوتی ہے، اور آجر کی درخواست پر بڑھائی جا سکتی ہے۔
""",
    },
    Topic.CONTRACT_RIGHTS: {
        "summary_en": "The EPS standard labour contract, your rights under Korean labour law, changing workplace, and the EPS insurances.",
        "summary_ur": "EPS کا معیاری ملازمتی معاہدہ، کوریا کے لیبر قانون کے تحت آپ کے حقوق، کام کی جگہ بدلنا، اور EPS کے بیمے۔",
        "body_en": """
Under the EPS you sign a **standard labour contract** before you travel. It states your employer, the workplace, the contract period, working hours, rest and your wage. Read it carefully in a language you understand, and keep a copy.

**Your rights in Korea**

- Korea's labour laws protect migrant workers as they protect Korean workers: the **minimum wage**, working hours and overtime pay, rest days and paid leave apply to you.
- You get **severance pay** when you leave after working a year or more for the same employer.
- You are covered by **national health insurance** and **industrial accident insurance**.
- Your employer may **not** keep your passport or your residence card.
- You may change workplace only in the situations the EPS allows (for example, the business closes, wages are not paid, or you are mistreated), and only a limited number of times: ask the **Employment Center**.

**EPS insurances**

Your employer takes out insurance for your severance pay and, in many workplaces, for unpaid wages; you take out insurance for your return ticket and for accidents outside work. Keep the papers.
""",
        "body_ur": """
EPS کے تحت آپ روانگی سے پہلے **معیاری ملازمتی معاہدے** پر دستخط کرتے ہیں۔ اس میں آپ کا آجر، کام کی جگہ، معاہدے کی مدت، کام کے اوقات، آرام اور تنخواہ لکھی ہوتی ہے۔ اسے ایسی زبان میں غور سے پڑھیں جو آپ سمجھتے ہوں، اور اس کی کاپی اپنے پاس رکھیں۔

**کوریا میں آپ کے حقوق**

- کوریا کے لیبر قوانین غیر ملکی کارکنوں کو بھی ویسے ہی تحفظ دیتے ہیں جیسے کوریائی کارکنوں کو: **کم از کم تنخواہ**، کام کے اوقات اور اوور ٹائم کی اجرت، آرام کے دن اور تنخواہ کے ساتھ چھٹی آپ پر بھی لاگو ہیں۔
- ایک ہی آجر کے پاس ایک سال یا زیادہ کام کر کے جانے پر آپ کو **سیورنس پے** (ملازمت ختم ہونے کی رقم) ملتی ہے۔
- آپ **قومی ہیلتھ انشورنس** اور **صنعتی حادثات کے بیمے** میں شامل ہیں۔
- آجر آپ کا پاسپورٹ یا رہائشی کارڈ اپنے پاس **نہیں** رکھ سکتا۔
- آپ کام کی جگہ صرف انہی صورتوں میں بدل سکتے ہیں جن کی EPS اجازت دیتا ہے (مثلاً کاروبار بند ہو جائے، تنخواہ نہ ملے یا آپ سے بدسلوکی ہو)، اور وہ بھی محدود بار: **ایمپلائمنٹ سینٹر** سے پوچھیں۔

**EPS کے بیمے**

آپ کا آجر آپ کی سیورنس پے کا بیمہ کراتا ہے اور بہت سی جگہوں پر نہ ملنے والی تنخواہ کا بھی؛ آپ اپنے واپسی کے ٹکٹ اور کام کے باہر حادثات کا بیمہ کراتے ہیں۔ ان کے کاغذات سنبھال کر رکھیں۔
""",
    },
    Topic.WAGES: {
        "summary_en": "Korea's minimum wage, monthly pay and payslips, extra pay for overtime and night work, and unpaid wages.",
        "summary_ur": "کوریا کی کم از کم تنخواہ، ماہانہ تنخواہ اور پرچی، اوور ٹائم اور رات کے کام کی اضافی اجرت، اور نہ ملنے والی تنخواہ۔",
        "body_en": """
**The minimum wage**

Korea sets a national **minimum wage** every year, per hour. It applies to you. Ask the centre or the OEC for the current rate.

**How you are paid**

Wages are paid at least **once a month**, on a fixed day, in full, into your bank account. Your employer must give you a **payslip** that shows how your wage was worked out.

**Extra pay**

Overtime, night work and work on holidays are paid at **at least 1.5 times** the normal rate in most workplaces.

**Deductions**

Your employer deducts taxes and your share of the social insurances. Deductions for housing or food must be agreed in writing; the employer cannot simply decide them.

**Unpaid wages**

Keep a record of the hours you work. If you are not paid, complain to the local labour office of the **Ministry of Employment and Labor**.
""",
        "body_ur": """
**کم از کم تنخواہ**

کوریا ہر سال فی گھنٹہ قومی **کم از کم تنخواہ** مقرر کرتا ہے۔ یہ آپ پر بھی لاگو ہے۔ موجودہ شرح سینٹر یا OEC سے معلوم کریں۔

**تنخواہ کیسے ملتی ہے**

تنخواہ کم از کم **مہینے میں ایک بار**، ایک مقررہ دن، پوری کی پوری، آپ کے بینک اکاؤنٹ میں آتی ہے۔ آجر کو آپ کو **تنخواہ کی پرچی** دینی ہوتی ہے جس میں لکھا ہو کہ تنخواہ کا حساب کیسے لگایا گیا۔

**اضافی اجرت**

زیادہ تر کام کی جگہوں پر اوور ٹائم، رات کے کام اور چھٹی کے دن کام کی اجرت عام شرح سے **کم از کم ڈیڑھ گنا** ہوتی ہے۔

**کٹوتیاں**

آجر ٹیکس اور سماجی بیموں میں آپ کا حصہ کاٹتا ہے۔ رہائش یا کھانے کی کٹوتی تحریری رضامندی سے ہی ہو سکتی ہے؛ آجر اپنی مرضی سے طے نہیں کر سکتا۔

**تنخواہ نہ ملے تو**

اپنے کام کے گھنٹوں کا حساب لکھ کر رکھیں۔ اگر تنخواہ نہ ملے تو **روزگار و محنت کی وزارت** کے مقامی لیبر آفس میں شکایت کریں۔
""",
    },
    Topic.CONDITIONS: {
        "summary_en": "Working hours, cold winters and safe heating, employer housing, safety at work, and where to find support in Korea.",
        "summary_ur": "کوریا میں کام کے اوقات، سخت سردی اور محفوظ ہیٹنگ، آجر کی دی ہوئی رہائش، کام پر حفاظت، اور مدد کہاں سے ملے۔",
        "body_en": """
**Hours**

The legal working week is **40 hours**; overtime is limited by law and paid extra. Many EPS jobs are in factories, farming, fishing and construction, and the work can be hard and repetitive.

**Seasons**

Korean winters are **very cold**, often below zero. Bring or buy warm clothes, and heat your room safely: never use a charcoal or gas burner in a closed room.

**Housing**

Employers often provide housing. Before you sign, you should be told about it: the kind of building, its facilities, and what it costs you. A container or a makeshift shelter is not proper housing.

**Safety**

Factories and farms have machines and chemicals. Get safety training, use protective equipment, and never remove a machine's guard.

**Support in Korea**

Migrant worker support centres and helplines in many cities give advice and help in several languages.
""",
        "body_ur": """
**کام کے اوقات**

قانون کے مطابق ہفتے میں **40 گھنٹے** کام ہوتا ہے؛ اوور ٹائم کی قانونی حد ہے اور اس کی الگ اجرت ملتی ہے۔ EPS کی بہت سی نوکریاں فیکٹریوں، کھیتی باڑی، ماہی گیری اور تعمیرات میں ہیں، جہاں کام سخت اور ایک جیسا ہو سکتا ہے۔

**موسم**

کوریا میں سردیاں **بہت سخت** ہوتی ہیں، اکثر درجہ حرارت صفر سے نیچے۔ گرم کپڑے ساتھ لے جائیں یا وہاں خریدیں، اور کمرے کو محفوظ طریقے سے گرم کریں: بند کمرے میں کوئلے یا گیس کا چولہا کبھی نہ جلائیں۔

**رہائش**

اکثر آجر رہائش دیتے ہیں۔ دستخط سے پہلے آپ کو اس کے بارے میں بتایا جانا چاہیے: عمارت کیسی ہے، اس میں کیا سہولیات ہیں اور آپ کو کتنا خرچ دینا ہوگا۔ کنٹینر یا عارضی جھونپڑی مناسب رہائش نہیں۔

**حفاظت**

فیکٹریوں اور کھیتوں میں مشینیں اور کیمیکل ہوتے ہیں۔ حفاظت کی تربیت لیں، حفاظتی سامان استعمال کریں، اور مشین کا حفاظتی کور کبھی نہ ہٹائیں۔

**کوریا میں مدد**

کئی شہروں میں تارکین وطن کارکنوں کے مددگار مراکز اور ہیلپ لائنیں کئی زبانوں میں مشورہ اور مدد دیتی ہیں۔
""",
    },
    Topic.CULTURE_LAW: {
        "summary_en": "Punctuality, respect and order in Korean life, the laws to keep, and practising your faith.",
        "summary_ur": "کوریا کی زندگی میں وقت کی پابندی، احترام اور نظم، کن قوانین کی پابندی کریں، اور اپنے مذہب پر عمل۔",
        "body_en": """
Korea is a modern, orderly country where punctuality, hard work, and respect for older people and seniors at work matter a great deal.

- Be **on time**. Greet people with a small bow, and use both hands to give something to, or take something from, an older person.
- Keep noise down at night, sort your rubbish as your area requires, and do not spit in public.
- **Drugs** are severely punished, and so is driving after drinking.
- Do not leave your workplace to work somewhere else without permission: a worker who stays illegally is **detained, deported and barred** from coming back.
- Carry your **residence card** (the alien registration card).

**Faith**

There are mosques in Seoul and in several other cities, and you are free to practise your religion. Halal food is available in the big cities; you can ask your employer about food.
""",
        "body_ur": """
کوریا ایک جدید اور منظم ملک ہے جہاں وقت کی پابندی، محنت، اور بزرگوں اور کام پر سینئر لوگوں کا احترام بہت اہمیت رکھتے ہیں۔

- **وقت پر پہنچیں**۔ لوگوں کو ہلکا سا جھک کر سلام کریں، اور کسی بزرگ کو کوئی چیز دیتے یا لیتے وقت دونوں ہاتھ استعمال کریں۔
- رات کو شور نہ کریں، کوڑا اپنے علاقے کے طریقے کے مطابق الگ الگ کریں، اور عوامی جگہ پر نہ تھوکیں۔
- **منشیات** کی سخت سزا ہے، اور شراب پی کر گاڑی چلانے کی بھی۔
- اجازت کے بغیر اپنی کام کی جگہ چھوڑ کر کہیں اور کام نہ کریں: غیر قانونی طور پر رکنے والے کارکن کو **حراست میں لے کر ملک بدر** کیا جاتا ہے اور دوبارہ آنے پر **پابندی** لگ جاتی ہے۔
- اپنا **رہائشی کارڈ** (ایلین رجسٹریشن کارڈ) ساتھ رکھیں۔

**مذہب**

سیول اور کئی دوسرے شہروں میں مساجد ہیں، اور آپ اپنے مذہب پر عمل کرنے میں آزاد ہیں۔ بڑے شہروں میں حلال کھانا ملتا ہے؛ کھانے کے بارے میں آپ اپنے آجر سے بات کر سکتے ہیں۔
""",
    },
    Topic.HEALTH: {
        "summary_en": "National health insurance, industrial accident insurance, the EPS casualty insurance, and staying well in Korea.",
        "summary_ur": "قومی ہیلتھ انشورنس، صنعتی حادثات کا بیمہ، EPS کا حادثاتی بیمہ، اور کوریا میں صحت مند رہنا۔",
        "body_en": """
**Insurance**

As an EPS worker you are enrolled in Korea's **national health insurance**; your share is deducted from your wage. Show your card at hospitals and pharmacies: you pay only part of the cost.

**Work injuries**

**Industrial accident insurance** covers injuries and illness caused by work, including treatment and part of your wage while you recover. Report every injury at once, and make sure it is recorded.

**Outside work**

The **casualty insurance** you took out under the EPS covers death or injury outside work.

**Staying well**

- Dress warmly in winter, and sleep in a room with fresh air if you use a heater.
- Long shifts and loneliness are hard: contact a migrant worker support centre or a friend if you are struggling.
- Some medicines need a prescription in Korea; bring your own in the original pack.
""",
        # Not translated yet: the page shows its English text, and says so, in Urdu.
        "body_ur": "",
    },
    Topic.MONEY_HOME: {
        "summary_en": "Korean banks and registered transfer companies, your bank account, and what to claim before you leave Korea.",
        "summary_ur": "کوریا کے بینک اور رجسٹرڈ ٹرانسفر کمپنیاں، آپ کا بینک اکاؤنٹ، اور کوریا چھوڑنے سے پہلے کیا وصول کریں۔",
        "body_en": """
Send money home through **Korean banks** or **registered money transfer companies**. Many have branches near industrial areas and staff who speak English. Informal transfers are illegal and unsafe.

- Open a bank account with your passport and residence card soon after you arrive.
- Many banks let you register an account in Pakistan and send money from an app.
- Compare the fees and exchange rates, and keep every receipt.

**Before you leave Korea**

Claim your **severance pay** (through the departure guarantee insurance) and your **return cost insurance**, and close your bank account only after everything has been paid into it.
""",
        "body_ur": """
گھر رقم **کوریا کے بینکوں** یا **رجسٹرڈ منی ٹرانسفر کمپنیوں** کے ذریعے بھیجیں۔ بہت سی کمپنیوں کی شاخیں صنعتی علاقوں کے قریب ہیں اور وہاں انگلش بولنے والا عملہ ہوتا ہے۔ غیر رسمی طریقے غیر قانونی اور غیر محفوظ ہیں۔

- پہنچنے کے کچھ ہی دن بعد پاسپورٹ اور رہائشی کارڈ کے ساتھ بینک اکاؤنٹ کھولیں۔
- بہت سے بینک پاکستان کا ایک اکاؤنٹ درج کر کے ایپ سے رقم بھیجنے کی سہولت دیتے ہیں۔
- فیس اور ریٹ کا موازنہ کریں، اور ہر رسید سنبھال کر رکھیں۔

**کوریا چھوڑنے سے پہلے**

اپنی **سیورنس پے** (روانگی کی ضمانت کے بیمے کے ذریعے) اور **واپسی کے خرچ کا بیمہ** وصول کریں، اور بینک اکاؤنٹ اس وقت تک بند نہ کریں جب تک ساری رقم اس میں نہ آ جائے۔
""",
    },
    Topic.EMBASSY: {
        "summary_en": "Pakistan's Embassy in Seoul and its Community Welfare Attaché: when to contact them and how to get their numbers.",
        "summary_ur": "سیول میں پاکستان کا سفارت خانہ اور اس کا کمیونٹی ویلفیئر اتاشی: ان سے کب رابطہ کریں اور ان کے نمبر کیسے ملیں۔",
        "body_en": """
Pakistan has an **Embassy in Seoul**, with a **Community Welfare Attaché** (CWA) for Pakistani workers in Korea.

**Contact the Embassy when**

- your wages are unpaid and your employer does not respond;
- you have had a serious accident or are in hospital;
- you lost your passport;
- you are arrested or detained;
- a Pakistani worker has died and the family needs help.

**Numbers**

Check the Embassy's current telephone numbers on the **Ministry of Foreign Affairs' website**, or ask at the centre or the OEC before you leave. Save them on your phone and on paper.

You can also tell the **Overseas Employment Corporation**, which sent you, about a serious problem.
""",
        "body_ur": """
پاکستان کا **سفارت خانہ سیول** میں ہے، جہاں کوریا میں پاکستانی کارکنوں کے لیے **کمیونٹی ویلفیئر اتاشی** موجود ہے۔

**سفارت خانے سے ان صورتوں میں رابطہ کریں**

- تنخواہ نہیں ملی اور آجر جواب نہیں دیتا؛
- آپ کو کوئی سنگین حادثہ پیش آیا ہے یا آپ ہسپتال میں ہیں؛
- آپ کا پاسپورٹ گم ہو گیا ہے؛
- آپ گرفتار یا حراست میں ہیں؛
- کسی پاکستانی کارکن کی وفات ہو گئی ہے اور گھر والوں کو مدد چاہیے۔

**نمبر**

سفارت خانے کے تازہ ٹیلی فون نمبر **وزارت خارجہ کی ویب سائٹ** پر دیکھیں، یا روانگی سے پہلے سینٹر یا OEC سے پوچھیں۔ انہیں فون میں بھی محفوظ کریں اور کاغذ پر بھی لکھیں۔

کسی سنگین مسئلے کی اطلاع آپ **اوورسیز ایمپلائمنٹ کارپوریشن** کو بھی دے سکتے ہیں، جس کے ذریعے آپ گئے ہیں۔
""",
    },
    Topic.EMERGENCY: {
        "summary_en": "The numbers for police, fire and ambulance in Korea, and how to get an interpreter on the line.",
        "summary_ur": "کوریا میں پولیس، فائر بریگیڈ اور ایمبولینس کے نمبر، اور فون پر ترجمان کیسے ملے۔",
        "body_en": """
**In an emergency in Korea, call:**

- **112**: police
- **119**: fire and ambulance

Calls are free. If you cannot speak Korean, say "English": interpretation is available for several languages.

Tell them where you are (the address of your workplace, or a large building nearby), what happened and who is hurt.

**Also keep**

- your employer's and your supervisor's numbers;
- the Embassy of Pakistan in Seoul (check the current number on the Ministry of Foreign Affairs' website or at the centre);
- a relative's number in Pakistan.
""",
        "body_ur": """
**کوریا میں ہنگامی صورت میں یہ نمبر ملائیں:**

- **112**: پولیس
- **119**: آگ اور ایمبولینس

یہ کالیں مفت ہیں۔ اگر آپ کوریائی نہیں بول سکتے تو "English" کہیں: کئی زبانوں میں ترجمے کی سہولت موجود ہے۔

بتائیں کہ آپ کہاں ہیں (اپنی کام کی جگہ کا پتہ، یا قریب کی کوئی بڑی عمارت)، کیا ہوا ہے اور کون زخمی ہے۔

**یہ نمبر بھی پاس رکھیں**

- اپنے آجر اور نگران کے نمبر؛
- سیول میں پاکستان کے سفارت خانے کا نمبر (تازہ نمبر وزارت خارجہ کی ویب سائٹ یا سینٹر سے معلوم کریں)؛
- پاکستان میں کسی رشتہ دار کا نمبر۔
""",
    },
    Topic.COMPLAINTS: {
        "summary_en": "The Employment Center, the labour office, support centres and the Embassy: where to take a problem at work in Korea.",
        "summary_ur": "ایمپلائمنٹ سینٹر، لیبر آفس، مددگار مراکز اور سفارت خانہ: کوریا میں کام کا مسئلہ کہاں لے جائیں۔",
        "body_en": """
**1. Talk to your employer**, and keep messages and a record of your hours.

**2. The Employment Center**

Local **Employment Centers** handle EPS matters, such as changing workplace and problems with your employer.

**3. The labour office**

The **Ministry of Employment and Labor** takes complaints about unpaid wages, severance pay, overtime and abuse at work, at its local labour offices or online. A labour inspector looks into the case.

**4. Help in your language**

Migrant worker support centres and helplines give free advice. The **Community Welfare Attaché** at the Embassy of Pakistan in Seoul can also help.

**5. In Pakistan**

Your family can come to the Migrant Resource Centre, or contact the **Overseas Employment Corporation**.

Making a complaint is your right; your employer may not punish you for it.
""",
        "body_ur": """
**1. آجر سے بات کریں**، اور پیغامات اور اپنے کام کے گھنٹوں کا حساب سنبھال کر رکھیں۔

**2. ایمپلائمنٹ سینٹر**

مقامی **ایمپلائمنٹ سینٹر** EPS کے معاملات دیکھتے ہیں، جیسے کام کی جگہ بدلنا اور آجر کے ساتھ مسائل۔

**3. لیبر آفس**

**روزگار و محنت کی وزارت** اپنے مقامی لیبر دفاتر میں یا آن لائن، تنخواہ نہ ملنے، سیورنس پے، اوور ٹائم اور کام پر بدسلوکی کی شکایات سنتی ہے۔ ایک لیبر انسپکٹر معاملے کی جانچ کرتا ہے۔

**4. اپنی زبان میں مدد**

تارکین وطن کارکنوں کے مددگار مراکز اور ہیلپ لائنیں مفت مشورہ دیتی ہیں۔ سیول میں پاکستان کے سفارت خانے کا **کمیونٹی ویلفیئر اتاشی** بھی مدد کر سکتا ہے۔

**5. پاکستان میں**

آپ کے گھر والے مائیگرنٹ ریسورس سینٹر آ سکتے ہیں، یا **اوورسیز ایمپلائمنٹ کارپوریشن** سے رابطہ کر سکتے ہیں۔

شکایت کرنا آپ کا حق ہے؛ آجر اس پر آپ کو سزا نہیں دے سکتا۔
""",
    },
}

# The four general topics: slug, titles, summaries and bodies in both languages.
GENERAL = {
    Topic.SAFE_MIGRATION: {
        "slug": "safe-and-legal-migration",
        "title_en": "Safe and legal migration",
        "title_ur": "محفوظ اور قانونی طریقے سے بیرون ملک جانا",
        "summary_en": "The steps that keep you safe before you go abroad for work, and why each one matters.",
        "summary_ur": "کام کے لیے بیرون ملک جانے سے پہلے وہ قدم جو آپ کو محفوظ رکھتے ہیں، اور ہر قدم کیوں ضروری ہے۔",
        "body_en": """
Working abroad can change a family's life, but only if you go **safely and legally**. Most problems start in Pakistan, before departure.

**Go only through a legal channel**

- a **licensed Overseas Employment Promoter (OEP)**, registered with the **Bureau of Emigration and Overseas Employment**; or
- a government body such as the **Overseas Employment Corporation** (the only channel for Korea's Employment Permit System).

If an employer abroad offers you a job directly, you still need the Protector of Emigrants' registration before you go.

**Your papers**

- A **passport** valid for the whole contract, and your **CNIC**.
- A **work visa** for the job you will do. A visit, tourist or religious visa does not allow you to work.
- A **written contract**, in a language you understand, with the job, the wage, the hours and the leave.
- The **Protector of Emigrants' registration** before you fly. It records you as an overseas worker and includes insurance and a contribution to the Overseas Pakistanis Foundation, which helps workers' families.

**Prepare**

- Attend an orientation session at the Migrant Resource Centre.
- Learn the rules of your destination: read its country guide here.
- Leave copies of your passport, visa and contract with your family, and keep photos of them on your phone.
- Save the numbers of the Embassy of Pakistan and its Community Welfare Attaché.
- Learn some words of the local language.

**Never**

- pay cash to a sub-agent;
- hand your passport to someone you cannot trace;
- travel on a visit visa hoping to find work;
- cross borders without papers: it is dangerous, and it can cost your life.

If you are unsure about an offer, come to the centre **before** you pay or sign anything.
""",
        "body_ur": """
بیرون ملک کام ایک خاندان کی زندگی بدل سکتا ہے، مگر صرف اس صورت میں جب آپ **محفوظ اور قانونی** طریقے سے جائیں۔ زیادہ تر مسائل پاکستان میں، روانگی سے پہلے ہی شروع ہوتے ہیں۔

**صرف قانونی راستہ اختیار کریں**

- **بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ** میں رجسٹرڈ **لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر (OEP)**؛ یا
- کوئی سرکاری ادارہ، جیسے **اوورسیز ایمپلائمنٹ کارپوریشن** (کوریا کے ایمپلائمنٹ پرمٹ سسٹم کا واحد راستہ)۔

اگر بیرون ملک کوئی آجر آپ کو براہ راست نوکری کی پیشکش کرے، تب بھی جانے سے پہلے پروٹیکٹر آف امیگرنٹس کے دفتر میں اندراج ضروری ہے۔

**آپ کے کاغذات**

- ایسا **پاسپورٹ** جو پورے معاہدے کی مدت تک کارآمد ہو، اور آپ کا **شناختی کارڈ**۔
- جو کام آپ کریں گے اس کا **ورک ویزا**۔ وزٹ، سیاحتی یا مذہبی ویزا پر کام کرنے کی اجازت نہیں۔
- ایسی زبان میں **تحریری معاہدہ** جو آپ سمجھتے ہوں، جس میں کام، تنخواہ، اوقات کار اور چھٹیاں لکھی ہوں۔
- روانگی سے پہلے **پروٹیکٹر آف امیگرنٹس کے دفتر میں اندراج**۔ اس سے آپ بیرون ملک کارکن کے طور پر درج ہوتے ہیں، اور اس میں بیمہ اور اوورسیز پاکستانیز فاؤنڈیشن کا حصہ شامل ہوتا ہے، جو کارکنوں کے گھر والوں کی مدد کرتی ہے۔

**تیاری**

- مائیگرنٹ ریسورس سینٹر کے آگاہی سیشن میں شرکت کریں۔
- جس ملک جا رہے ہیں اس کے قواعد جانیں: یہاں اس ملک کی رہنمائی پڑھیں۔
- پاسپورٹ، ویزا اور معاہدے کی کاپیاں گھر والوں کے پاس چھوڑیں، اور ان کی تصویریں اپنے فون میں رکھیں۔
- پاکستان کے سفارت خانے اور اس کے کمیونٹی ویلفیئر اتاشی کے نمبر محفوظ کریں۔
- وہاں کی زبان کے کچھ الفاظ سیکھیں۔

**یہ کبھی نہ کریں**

- کسی سب ایجنٹ کو نقد رقم دینا؛
- اپنا پاسپورٹ کسی ایسے شخص کو دینا جس کا پتہ ٹھکانہ معلوم نہ ہو؛
- کام ڈھونڈنے کی امید میں وزٹ ویزا پر جانا؛
- کاغذات کے بغیر سرحد پار کرنا: یہ خطرناک ہے اور اس میں جان بھی جا سکتی ہے۔

اگر کسی پیشکش کے بارے میں شک ہو تو کوئی رقم دینے یا دستخط کرنے **سے پہلے** سینٹر آئیں۔
""",
    },
    Topic.FRAUD: {
        "slug": "spotting-fraud",
        "title_en": "Spotting fraud",
        "title_ur": "دھوکا دہی کو پہچانیں",
        "summary_en": "The warning signs of a fake agent or a fake job, how to check an offer, and what to do if you were cheated.",
        "summary_ur": "جعلی ایجنٹ یا جعلی نوکری کی نشانیاں، پیشکش کی جانچ کیسے کریں، اور دھوکا ہو جائے تو کیا کریں۔",
        "body_en": """
Every year, people in Pakistan lose their savings to **fake agents** and **fake jobs**. Learn the warning signs.

**Warning signs**

- The "agent" has no licence number, or will not show it.
- You are asked to pay in **cash**, to a person, with no receipt.
- Someone promises you a job abroad on a **visit visa**, or a "free visa" with which you find your own work.
- The wage promised is far above what others earn in that job.
- There is no written contract, or you are told you will sign it later, or at the airport.
- You are pushed to pay **quickly**, "before the places are gone".
- The job is advertised only on social media or by phone, with no licence number and no permission number.
- Someone offers you a job in Korea for money: EPS jobs come only through the government's Overseas Employment Corporation, with no agent.

**How to check**

1. Check the promoter's **licence** in the list of Overseas Employment Promoters on the website of the Bureau of Emigration and Overseas Employment (beoe.gov.pk), or ask at the centre.
2. Ask for the job's **permission number**: a licensed promoter advertises a job only with the Protector of Emigrants' permission.
3. Check your visa on the official website of the destination country, not through a link someone sent you.
4. Bring the offer, the visa and the contract to the Migrant Resource Centre: we check them for free.

**If you have been cheated**

- Keep all receipts, messages, names and numbers.
- Complain to the **Protector of Emigrants** or the Bureau about a licensed promoter.
- Report fake agents and human smuggling to the **Federal Investigation Agency (FIA)**.
- Come to the centre: a counsellor will help you make the complaint.
""",
        "body_ur": """
ہر سال پاکستان میں لوگ **جعلی ایجنٹوں** اور **جعلی نوکریوں** کے ہاتھوں اپنی جمع پونجی گنوا دیتے ہیں۔ خطرے کی نشانیاں پہچانیں۔

**خطرے کی نشانیاں**

- "ایجنٹ" کے پاس لائسنس نمبر نہیں، یا وہ دکھانے سے انکار کرتا ہے۔
- آپ سے کسی شخص کو **نقد** رقم دینے کو کہا جاتا ہے، اور کوئی رسید نہیں دی جاتی۔
- کوئی **وزٹ ویزا** پر بیرون ملک نوکری کا وعدہ کرتا ہے، یا "فری ویزا" کا، جس پر آپ کو کام خود ڈھونڈنا ہو۔
- جتنی تنخواہ کا وعدہ کیا جا رہا ہے وہ اس کام میں دوسروں کی تنخواہ سے بہت زیادہ ہے۔
- کوئی تحریری معاہدہ نہیں، یا کہا جاتا ہے کہ دستخط بعد میں، یا ایئرپورٹ پر ہوں گے۔
- آپ پر **جلدی** رقم دینے کے لیے دباؤ ڈالا جاتا ہے، کہ "جگہیں ختم ہو رہی ہیں"۔
- نوکری کا اشتہار صرف سوشل میڈیا یا فون پر ہے، جس میں نہ لائسنس نمبر ہے نہ اجازت نامے کا نمبر۔
- کوئی پیسوں کے بدلے کوریا میں نوکری کی پیشکش کرتا ہے: EPS کی نوکریاں صرف حکومت کی اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے ملتی ہیں، کسی ایجنٹ کے بغیر۔

**جانچ کیسے کریں**

1. بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ کی ویب سائٹ (beoe.gov.pk) پر اوورسیز ایمپلائمنٹ پروموٹرز کی فہرست میں پروموٹر کا **لائسنس** دیکھیں، یا سینٹر سے پوچھیں۔
2. نوکری کا **اجازت نامہ نمبر** مانگیں: لائسنس یافتہ پروموٹر نوکری کا اشتہار صرف پروٹیکٹر آف امیگرنٹس کی اجازت سے دیتا ہے۔
3. اپنا ویزا منزل کے ملک کی سرکاری ویب سائٹ پر چیک کریں، کسی کے بھیجے ہوئے لنک سے نہیں۔
4. پیشکش، ویزا اور معاہدہ مائیگرنٹ ریسورس سینٹر لے آئیں: ہم مفت جانچ کرتے ہیں۔

**اگر آپ کے ساتھ دھوکا ہو گیا ہے**

- تمام رسیدیں، پیغامات، نام اور نمبر سنبھال کر رکھیں۔
- لائسنس یافتہ پروموٹر کے خلاف **پروٹیکٹر آف امیگرنٹس** یا بیورو میں شکایت کریں۔
- جعلی ایجنٹوں اور انسانی اسمگلنگ کی اطلاع **وفاقی تحقیقاتی ادارے (FIA)** کو دیں۔
- سینٹر آئیں: ایک کونسلر شکایت درج کرانے میں آپ کی مدد کرے گا۔
""",
    },
    Topic.RECRUITMENT: {
        "slug": "legal-recruitment-and-fees",
        "title_en": "The legal recruitment process and the fees an agent may charge",
        "title_ur": "بھرتی کا قانونی طریقہ اور ایجنٹ کتنی فیس لے سکتا ہے",
        "summary_en": "Who may recruit you in Pakistan, the steps from job demand to departure, and how the service charges must be paid.",
        "summary_ur": "پاکستان میں آپ کو کون بھرتی کر سکتا ہے، نوکری کی طلب سے روانگی تک کے مراحل، اور سروس چارجز کیسے ادا کیے جائیں۔",
        "body_en": """
In Pakistan, recruitment for jobs abroad is governed by the **Emigration Ordinance, 1979** and its rules. Only two kinds of bodies may recruit workers:

- **Overseas Employment Promoters (OEPs)** licensed by the **Bureau of Emigration and Overseas Employment (BE&OE)**;
- the government's **Overseas Employment Corporation (OEC)**.

A "sub-agent" has no licence, and no right to take your money or your passport.

**The steps**

1. A foreign employer sends a job demand to a licensed promoter.
2. The promoter obtains **permission** for it from the **Protector of Emigrants**, and only then advertises, with its licence number and the permission number.
3. You are tested or interviewed, and chosen.
4. The visa and the medical check follow; you receive your **contract** and sign it.
5. You **register at the Protector of Emigrants' office**: you attend a briefing, the government's fees are paid **at the bank**, and your insurance and welfare fund contributions are recorded.
6. You travel.

**The fees**

- The **service charges** a promoter may take are **capped by the government**. Ask at the centre for the current limit: it is not what the promoter says it is.
- Pay the service charges only by **crossed cheque, bank draft or bank transfer** to the promoter's own account, and **get a receipt**.
- **Never pay cash**, and never pay a sub-agent.
- The government fees for the Protector's registration are paid at the bank, against a bank receipt.
- Your own costs, such as your passport and your medical check, are paid to the office or clinic that provides them, against a receipt.

Ask what the employer pays: in many destination countries, the employer must bear the visa, work permit and travel costs.

**If you paid more**

Charging more than the limit, or taking money without a receipt, breaks the law. Keep your proof and complain to the Protector of Emigrants; the centre will help you.
""",
        "body_ur": """
پاکستان میں بیرون ملک نوکریوں کے لیے بھرتی **امیگریشن آرڈیننس 1979** اور اس کے قواعد کے تحت ہوتی ہے۔ صرف دو طرح کے ادارے کارکن بھرتی کر سکتے ہیں:

- **بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ (BE&OE)** سے لائسنس یافتہ **اوورسیز ایمپلائمنٹ پروموٹر (OEP)**؛
- حکومت کی **اوورسیز ایمپلائمنٹ کارپوریشن (OEC)**۔

"سب ایجنٹ" کے پاس کوئی لائسنس نہیں، اور اسے آپ سے رقم یا پاسپورٹ لینے کا کوئی حق نہیں۔

**مراحل**

1. بیرون ملک کا آجر کسی لائسنس یافتہ پروموٹر کو کارکنوں کی طلب بھیجتا ہے۔
2. پروموٹر اس کے لیے **پروٹیکٹر آف امیگرنٹس** سے **اجازت** لیتا ہے، اور اس کے بعد ہی اپنے لائسنس نمبر اور اجازت نامے کے نمبر کے ساتھ اشتہار دیتا ہے۔
3. آپ کا امتحان یا انٹرویو ہوتا ہے، اور آپ کا انتخاب ہوتا ہے۔
4. پھر ویزا اور طبی معائنہ ہوتا ہے؛ آپ کو **معاہدہ** ملتا ہے اور آپ اس پر دستخط کرتے ہیں۔
5. آپ **پروٹیکٹر آف امیگرنٹس کے دفتر میں اندراج** کرواتے ہیں: آپ بریفنگ میں شریک ہوتے ہیں، سرکاری فیس **بینک میں** جمع ہوتی ہے، اور آپ کا بیمہ اور ویلفیئر فنڈ کا حصہ درج ہوتا ہے۔
6. آپ روانہ ہوتے ہیں۔

**فیس**

- پروموٹر جو **سروس چارجز** لے سکتا ہے ان کی **حد حکومت مقرر کرتی ہے**۔ موجودہ حد سینٹر سے پوچھیں: وہ نہیں جو پروموٹر بتائے۔
- سروس چارجز صرف **کراس چیک، بینک ڈرافٹ یا بینک ٹرانسفر** کے ذریعے پروموٹر کے اپنے اکاؤنٹ میں ادا کریں، اور **رسید لیں**۔
- **کبھی نقد رقم نہ دیں**، اور کسی سب ایجنٹ کو کبھی کچھ نہ دیں۔
- پروٹیکٹر کے اندراج کی سرکاری فیس بینک میں، بینک کی رسید کے بدلے جمع ہوتی ہے۔
- آپ کے اپنے اخراجات، جیسے پاسپورٹ اور طبی معائنہ، اسی دفتر یا کلینک کو رسید کے بدلے ادا ہوتے ہیں جو یہ خدمت دیتا ہے۔

پوچھیں کہ آجر کیا خرچ دے گا: بہت سے ملکوں میں ویزا، ورک پرمٹ اور سفر کا خرچ آجر کو دینا ہوتا ہے۔

**اگر آپ نے زیادہ رقم دی ہے**

مقررہ حد سے زیادہ رقم لینا، یا رسید کے بغیر رقم لینا، قانون کی خلاف ورزی ہے۔ اپنا ثبوت سنبھال کر رکھیں اور پروٹیکٹر آف امیگرنٹس کو شکایت کریں؛ سینٹر آپ کی مدد کرے گا۔
""",
    },
    Topic.RETURN: {
        "slug": "return-and-reintegration",
        "title_en": "Return and reintegration",
        "title_ur": "واپسی اور دوبارہ آبادکاری",
        "summary_en": "How to plan your return: what to settle before you leave, and the help you can get back home.",
        "summary_ur": "واپسی کی منصوبہ بندی کیسے کریں: جانے سے پہلے کیا نمٹائیں، اور وطن واپس آ کر کیا مدد مل سکتی ہے۔",
        "body_en": """
Coming home is part of your migration too. Plan it months before your contract ends.

**Before you leave the country you work in**

- Collect all your wages, your overtime and your **end-of-service benefit** (gratuity or severance pay). Get it in writing.
- Close or transfer your bank account only after everything has been paid.
- Make sure your residence permit is properly cancelled and you leave legally, so that you can go back to work abroad in the future.
- Ask your employer for a **work experience certificate**: it helps you find the next job.
- Claim any insurance you paid into.

If you are forced to leave early, or have not been paid, contact the **Community Welfare Attaché** before you go: claims are much harder to make from Pakistan.

**Back home**

- Bring your documents: your contract, payslips and certificates. They prove your skills.
- Visit the **Migrant Resource Centre**: a counsellor can help you plan what comes next, whether a job at home or abroad, training, or a small business.
- Have your skills tested and certified: a certificate helps you earn more.
- The **Overseas Pakistanis Foundation** offers services to overseas Pakistanis and their families; ask the centre what is available now.

**Money**

- Invest carefully. Be wary of anyone who promises quick, high profits: many returning workers lose their savings this way.
- Start small, learn the business first, and keep some savings for emergencies.

**Your wellbeing**

Coming back can be hard: roles in the family have changed, and you may feel out of place. This is normal. Talk to your family, and to a counsellor if it becomes too much.
""",
        "body_ur": """
وطن واپسی بھی آپ کے سفر کا حصہ ہے۔ معاہدہ ختم ہونے سے کئی مہینے پہلے اس کی منصوبہ بندی کریں۔

**جس ملک میں کام کرتے ہیں وہاں سے جانے سے پہلے**

- اپنی پوری تنخواہ، اوور ٹائم اور **سروس کے اختتام کا معاوضہ** (گریجویٹی یا سیورنس پے) وصول کریں۔ اسے تحریری طور پر لیں۔
- بینک اکاؤنٹ تمام رقم وصول ہونے کے بعد ہی بند یا منتقل کریں۔
- یقینی بنائیں کہ آپ کا رہائشی اجازت نامہ باقاعدہ منسوخ ہو اور آپ قانونی طریقے سے روانہ ہوں، تاکہ آئندہ دوبارہ بیرون ملک کام کے لیے جا سکیں۔
- آجر سے **تجربے کا سرٹیفکیٹ** مانگیں: یہ اگلی نوکری ڈھونڈنے میں مدد دیتا ہے۔
- جس بیمے میں آپ نے رقم دی ہو اس کا دعویٰ کریں۔

اگر آپ کو وقت سے پہلے جانے پر مجبور کیا جائے، یا تنخواہ نہ ملی ہو، تو جانے سے پہلے **کمیونٹی ویلفیئر اتاشی** سے رابطہ کریں: پاکستان سے دعویٰ کرنا بہت مشکل ہوتا ہے۔

**وطن واپس آ کر**

- اپنے کاغذات ساتھ لائیں: معاہدہ، تنخواہ کی پرچیاں اور سرٹیفکیٹ۔ یہ آپ کے ہنر کا ثبوت ہیں۔
- **مائیگرنٹ ریسورس سینٹر** آئیں: ایک کونسلر آگے کی منصوبہ بندی میں آپ کی مدد کر سکتا ہے، چاہے وہ ملک میں یا بیرون ملک نوکری ہو، تربیت ہو یا چھوٹا کاروبار۔
- اپنے ہنر کا امتحان دے کر سرٹیفکیٹ لیں: سرٹیفکیٹ سے آمدنی بڑھتی ہے۔
- **اوورسیز پاکستانیز فاؤنڈیشن** بیرون ملک پاکستانیوں اور ان کے گھر والوں کو خدمات دیتی ہے؛ سینٹر سے پوچھیں کہ آج کل کیا سہولیات دستیاب ہیں۔

**پیسہ**

- سوچ سمجھ کر سرمایہ کاری کریں۔ جو کوئی جلد اور بہت زیادہ منافع کا وعدہ کرے اس سے ہوشیار رہیں: بہت سے واپس آنے والے کارکن اسی طرح اپنی بچت گنوا دیتے ہیں۔
- چھوٹے پیمانے سے شروع کریں، پہلے کاروبار سیکھیں، اور ہنگامی ضرورت کے لیے کچھ بچت الگ رکھیں۔

**آپ کی خیریت**

واپس آنا مشکل ہو سکتا ہے: گھر میں ذمہ داریاں بدل چکی ہوتی ہیں، اور آپ خود کو اجنبی محسوس کر سکتے ہیں۔ یہ معمول کی بات ہے۔ گھر والوں سے بات کریں، اور اگر بوجھ زیادہ ہو جائے تو کسی کونسلر سے۔
""",
    },
}

# An older page, replaced when the rules changed: archived, so never shown to the public.
ARCHIVED = {
    "slug": "qatar-exit-permit",
    "country": "QA",
    "topic": Topic.ENTRY_PERMIT,
    "title_en": "Exit permits for leaving Qatar",
    "title_ur": "قطر سے جانے کے لیے ایگزٹ پرمٹ",
    "summary_en": "Before you leave Qatar, your employer must ask for your exit permit.",
    "summary_ur": "قطر سے جانے سے پہلے آپ کے آجر کو آپ کے ایگزٹ پرمٹ کی درخواست دینی ہوتی ہے۔",
    "body_en": """
Before you leave Qatar, for a holiday or for good, you need an **exit permit**. Ask your employer to apply for it well before your flight.
""",
    "body_ur": """
قطر سے جانے سے پہلے، چھٹی پر ہو یا ہمیشہ کے لیے، آپ کو **ایگزٹ پرمٹ** چاہیے۔ اپنی پرواز سے کافی پہلے آجر سے اس کی درخواست دینے کو کہیں۔
""",
}

# Self-check quizzes, by page slug: (question in English, in Urdu, answers), each answer
# (English, Urdu, whether it is the right one). One right answer per question.
QUIZZES = {
    "safe-and-legal-migration": [
        (
            "Which visa lets you work legally abroad?",
            "کون سا ویزا آپ کو بیرون ملک قانونی طور پر کام کرنے کی اجازت دیتا ہے؟",
            [
                ("A visit visa", "وزٹ ویزا", False),
                ("A work visa for the job you will do", "اس کام کا ورک ویزا جو آپ کریں گے", True),
                ("An Umrah visa", "عمرہ ویزا", False),
            ],
        ),
        (
            "When do you register with the Protector of Emigrants?",
            "پروٹیکٹر آف امیگرنٹس کے دفتر میں اندراج کب کرواتے ہیں؟",
            [
                ("Before you fly", "روانگی سے پہلے", True),
                ("After you arrive abroad", "بیرون ملک پہنچنے کے بعد", False),
                ("Only if there is a problem", "صرف کوئی مسئلہ ہونے پر", False),
            ],
        ),
        (
            "What should you leave with your family before you go?",
            "جانے سے پہلے آپ کو گھر والوں کے پاس کیا چھوڑنا چاہیے؟",
            [
                ("Nothing", "کچھ نہیں", False),
                ("Your original passport", "اپنا اصل پاسپورٹ", False),
                (
                    "Copies of your passport, visa and contract",
                    "پاسپورٹ، ویزا اور معاہدے کی کاپیاں",
                    True,
                ),
            ],
        ),
    ],
    "spotting-fraud": [
        (
            "An agent asks for cash and gives no receipt. What does this mean?",
            "ایجنٹ نقد رقم مانگتا ہے اور رسید نہیں دیتا۔ اس کا کیا مطلب ہے؟",
            [
                ("It is normal", "یہ معمول کی بات ہے", False),
                ("It is a warning sign of fraud", "یہ دھوکا دہی کی نشانی ہے", True),
                ("The visa will come faster", "ویزا جلدی آئے گا", False),
            ],
        ),
        (
            "Where can you check an Overseas Employment Promoter's licence?",
            "اوورسیز ایمپلائمنٹ پروموٹر کا لائسنس کہاں چیک کیا جا سکتا ہے؟",
            [
                ("Only by asking the agent", "صرف ایجنٹ سے پوچھ کر", False),
                ("On social media", "سوشل میڈیا پر", False),
                (
                    "On the Bureau of Emigration and Overseas Employment's website, or at the centre",
                    "بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ کی ویب سائٹ پر، یا سینٹر میں",
                    True,
                ),
            ],
        ),
        (
            "Someone offers you a job in Korea for a fee. What is true?",
            "کوئی فیس کے بدلے آپ کو کوریا میں نوکری کی پیشکش کرتا ہے۔ کیا بات درست ہے؟",
            [
                (
                    "EPS jobs come only through the Overseas Employment Corporation, with no agent",
                    "EPS کی نوکریاں صرف اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے ملتی ہیں، کسی ایجنٹ کے بغیر",
                    True,
                ),
                ("It is fine if the fee is small", "اگر فیس کم ہو تو کوئی حرج نہیں", False),
                ("You must first go on a visit visa", "پہلے وزٹ ویزا پر جانا ضروری ہے", False),
            ],
        ),
    ],
    "legal-recruitment-and-fees": [
        (
            "How should you pay a licensed promoter's service charges?",
            "لائسنس یافتہ پروموٹر کے سروس چارجز کیسے ادا کرنے چاہییں؟",
            [
                ("In cash, to the sub-agent", "نقد، سب ایجنٹ کو", False),
                (
                    "By crossed cheque, bank draft or bank transfer, against a receipt",
                    "کراس چیک، بینک ڈرافٹ یا بینک ٹرانسفر سے، رسید کے بدلے",
                    True,
                ),
                ("In cash, at the airport", "نقد، ایئرپورٹ پر", False),
            ],
        ),
        (
            "Who sets the most a promoter may charge?",
            "پروموٹر زیادہ سے زیادہ کتنی فیس لے سکتا ہے، یہ کون طے کرتا ہے؟",
            [
                ("The promoter", "پروموٹر خود", False),
                ("The government", "حکومت", True),
                ("The foreign employer", "بیرون ملک کا آجر", False),
                ("The sub-agent", "سب ایجنٹ", False),
            ],
        ),
        (
            "What must a promoter have before it advertises a job?",
            "نوکری کا اشتہار دینے سے پہلے پروموٹر کے پاس کیا ہونا ضروری ہے؟",
            [
                ("The Protector of Emigrants' permission", "پروٹیکٹر آف امیگرنٹس کی اجازت", True),
                ("A page on social media", "سوشل میڈیا پر ایک صفحہ", False),
                ("Your passport", "آپ کا پاسپورٹ", False),
            ],
        ),
    ],
    "return-and-reintegration": [
        (
            "What should you collect before you leave your job abroad?",
            "بیرون ملک نوکری چھوڑنے سے پہلے آپ کو کیا وصول کرنا چاہیے؟",
            [
                ("Only the last month's wage", "صرف آخری مہینے کی تنخواہ", False),
                (
                    "All your wages and your end-of-service benefit",
                    "اپنی پوری تنخواہ اور سروس کے اختتام کا معاوضہ",
                    True,
                ),
                (
                    "Nothing: it is easy to claim from Pakistan",
                    "کچھ نہیں: پاکستان سے دعویٰ کرنا آسان ہے",
                    False,
                ),
            ],
        ),
        (
            "Why ask your employer for a work experience certificate?",
            "آجر سے تجربے کا سرٹیفکیٹ کیوں مانگیں؟",
            [
                ("It is needed to enter Pakistan", "پاکستان میں داخلے کے لیے ضروری ہے", False),
                ("It cancels your visa", "اس سے آپ کا ویزا منسوخ ہوتا ہے", False),
                (
                    "It proves your skills for your next job",
                    "یہ اگلی نوکری کے لیے آپ کے ہنر کا ثبوت ہے",
                    True,
                ),
            ],
        ),
        (
            "Someone promises to double your savings in a month. What do you do?",
            "کوئی ایک مہینے میں آپ کی بچت دگنی کرنے کا وعدہ کرتا ہے۔ آپ کیا کریں گے؟",
            [
                (
                    "Be careful, and ask at the centre first",
                    "محتاط رہیں، اور پہلے سینٹر سے مشورہ کریں",
                    True,
                ),
                ("Invest everything quickly", "جلدی سے ساری رقم لگا دیں", False),
                ("Borrow more money to invest", "سرمایہ کاری کے لیے مزید قرض لیں", False),
            ],
        ),
    ],
    "saudi-arabia-contract-and-rights": [
        (
            "Who pays the fees of your iqama and work permit in Saudi Arabia?",
            "سعودی عرب میں آپ کے اقامے اور ورک پرمٹ کی فیس کون دیتا ہے؟",
            [
                ("You", "آپ", False),
                ("Your employer", "آپ کا آجر", True),
                ("The Embassy of Pakistan", "پاکستان کا سفارت خانہ", False),
            ],
        ),
        (
            "After you arrive, you are asked to sign a new contract with a lower wage. What do you do?",
            "پہنچنے کے بعد آپ سے کم تنخواہ والے نئے معاہدے پر دستخط کرنے کو کہا جاتا ہے۔ آپ کیا کریں گے؟",
            [
                ("Sign it quickly", "جلدی سے دستخط کر دیں", False),
                ("Leave the job at once", "فوراً نوکری چھوڑ دیں", False),
                (
                    "Do not sign, and contact the Community Welfare Attaché",
                    "دستخط نہ کریں، اور کمیونٹی ویلفیئر اتاشی سے رابطہ کریں",
                    True,
                ),
            ],
        ),
        (
            "On which platform are domestic workers' contracts recorded?",
            "گھریلو ملازمین کے معاہدے کس پلیٹ فارم پر درج ہوتے ہیں؟",
            [
                ("Musaned", "مساند (Musaned)", True),
                ("Absher", "ابشر (Absher)", False),
                ("WhatsApp", "واٹس ایپ", False),
            ],
        ),
    ],
    "uae-contract-and-rights": [
        (
            "Who pays the recruitment fees for a job in the UAE?",
            "امارات میں نوکری کے لیے بھرتی کی فیس کون دیتا ہے؟",
            [
                ("The worker", "کارکن", False),
                ("The employer", "آجر", True),
                ("Half each", "آدھی آدھی", False),
            ],
        ),
        (
            "May your employer keep your passport?",
            "کیا آپ کا آجر آپ کا پاسپورٹ اپنے پاس رکھ سکتا ہے؟",
            [
                ("Yes, always", "ہاں، ہمیشہ", False),
                ("Only for the first year", "صرف پہلے سال", False),
                ("No: your passport is yours", "نہیں: آپ کا پاسپورٹ آپ کا ہے", True),
            ],
        ),
        (
            "Your UAE contract must match which paper?",
            "امارات میں آپ کا معاہدہ کس کاغذ کے مطابق ہونا چاہیے؟",
            [
                (
                    "The job offer you signed before you travelled",
                    "وہ جاب آفر جس پر آپ نے روانگی سے پہلے دستخط کیے",
                    True,
                ),
                ("A friend's contract", "کسی دوست کا معاہدہ", False),
                ("An advertisement on social media", "سوشل میڈیا پر ایک اشتہار", False),
            ],
        ),
    ],
    "qatar-contract-and-rights": [
        (
            "Where do you sign your Qatar employment contract?",
            "قطر کے ملازمت کے معاہدے پر دستخط کہاں ہوتے ہیں؟",
            [
                ("At the airport in Doha", "دوحہ کے ایئرپورٹ پر", False),
                (
                    "At the Qatar Visa Centre, before you travel",
                    "قطر ویزا سینٹر میں، روانگی سے پہلے",
                    True,
                ),
                ("You do not sign one", "کوئی معاہدہ نہیں ہوتا", False),
            ],
        ),
        (
            "Does Qatar's minimum wage apply to domestic workers?",
            "کیا قطر کی کم از کم تنخواہ گھریلو ملازمین پر بھی لاگو ہوتی ہے؟",
            [
                ("Yes", "ہاں", True),
                ("No", "نہیں", False),
                ("Only to Qatari citizens", "صرف قطری شہریوں پر", False),
            ],
        ),
        (
            "Can most workers leave Qatar without an exit permit from their employer?",
            "کیا زیادہ تر کارکن آجر سے ایگزٹ پرمٹ لیے بغیر قطر سے جا سکتے ہیں؟",
            [
                ("No, never", "نہیں، کبھی نہیں", False),
                ("Only after ten years", "صرف دس سال بعد", False),
                ("Yes", "ہاں", True),
            ],
        ),
    ],
    "malaysia-contract-and-rights": [
        (
            "Your employer keeps your passport and will not give it back. What is true?",
            "آپ کے آجر نے آپ کا پاسپورٹ رکھ لیا ہے اور واپس نہیں دیتا۔ کیا بات درست ہے؟",
            [
                ("It is allowed", "اس کی اجازت ہے", False),
                (
                    "It is an offence: complain to the Labour Department",
                    "یہ جرم ہے: محکمہ محنت میں شکایت کریں",
                    True,
                ),
                ("You must pay to get it back", "واپس لینے کے لیے رقم دینی ہوگی", False),
            ],
        ),
        (
            "By when must your monthly wage be paid?",
            "ماہانہ تنخواہ کب تک ملنی چاہیے؟",
            [
                (
                    "By the 7th day after the end of the month",
                    "مہینہ ختم ہونے کے بعد 7 دن کے اندر",
                    True,
                ),
                ("Whenever the employer decides", "جب آجر چاہے", False),
                ("At the end of the contract", "معاہدہ ختم ہونے پر", False),
            ],
        ),
        (
            "What covers you if you are injured at work?",
            "کام کے دوران چوٹ لگنے پر آپ کو کس کا تحفظ حاصل ہے؟",
            [
                ("Nothing", "کسی کا نہیں", False),
                ("Your family in Pakistan", "پاکستان میں آپ کے گھر والے", False),
                ("SOCSO (PERKESO)", "سوکسو (SOCSO / PERKESO)", True),
            ],
        ),
    ],
    "south-korea-contract-and-rights": [
        (
            "Does Korea's minimum wage apply to EPS workers?",
            "کیا کوریا کی کم از کم تنخواہ EPS کارکنوں پر لاگو ہوتی ہے؟",
            [
                ("Yes", "ہاں", True),
                ("No", "نہیں", False),
                ("Only after three years", "صرف تین سال بعد", False),
            ],
        ),
        (
            "When do you get severance pay?",
            "سیورنس پے کب ملتی ہے؟",
            [
                ("Every month", "ہر مہینے", False),
                (
                    "When you leave after a year or more with the same employer",
                    "ایک ہی آجر کے پاس ایک سال یا زیادہ کام کر کے جانے پر",
                    True,
                ),
                ("Never", "کبھی نہیں", False),
            ],
        ),
        (
            "Can you change workplace whenever you like?",
            "کیا آپ جب چاہیں کام کی جگہ بدل سکتے ہیں؟",
            [
                ("Yes, at any time", "ہاں، کسی بھی وقت", False),
                ("Only by paying an agent", "صرف کسی ایجنٹ کو پیسے دے کر", False),
                (
                    "Only in the situations the EPS allows, and a limited number of times",
                    "صرف انہی صورتوں میں جن کی EPS اجازت دیتا ہے، اور محدود بار",
                    True,
                ),
            ],
        ),
    ],
}
