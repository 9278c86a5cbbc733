"""The first consent text, in both languages, so that a fresh system can register."""

import datetime

from django.db import migrations

VERSION = "2026-11"
PUBLISHED = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)

TEXTS = {
    "en": (
        "I agree that the Migrant Resource Centre keeps the details I give here, including "
        "my CNIC and phone number, to help me find safe and legal work abroad: to match me "
        "with verified jobs, to contact me about counselling and orientation, and to report "
        "numbers without my name to the Labour Department.\n\n"
        "My details are not sold, and are not given to any recruiting agent without my "
        "permission. I can ask at the centre to see my details, to correct them, or to have "
        "them deleted."
    ),
    "ur": (
        "میں اتفاق کرتا/کرتی ہوں کہ مائیگرنٹ ریسورس سینٹر میری دی ہوئی معلومات، بشمول میرا "
        "شناختی کارڈ نمبر اور فون نمبر، محفوظ رکھے تاکہ بیرون ملک محفوظ اور قانونی روزگار "
        "تلاش کرنے میں میری مدد کی جا سکے: تصدیق شدہ نوکریوں سے میرا ملاپ کرنے، کونسلنگ "
        "اور اورینٹیشن کے بارے میں مجھ سے رابطہ کرنے، اور میرے نام کے بغیر صرف تعداد محکمہ "
        "محنت کو بتانے کے لیے۔\n\n"
        "میری معلومات فروخت نہیں کی جائیں گی، اور میری اجازت کے بغیر کسی ریکروٹنگ ایجنٹ کو "
        "نہیں دی جائیں گی۔ میں سینٹر پر اپنی معلومات دیکھنے، درست کروانے یا مٹوانے کی درخواست "
        "کر سکتا/سکتی ہوں۔"
    ),
}


def publish(apps, schema_editor):
    consent_text = apps.get_model("candidates", "ConsentText")
    for language, text in TEXTS.items():
        consent_text.objects.get_or_create(
            version=VERSION,
            language=language,
            defaults={"text": text, "published_at": PUBLISHED},
        )


def unpublish(apps, schema_editor):
    apps.get_model("candidates", "ConsentText").objects.filter(version=VERSION).delete()


class Migration(migrations.Migration):
    dependencies = [("candidates", "0001_initial")]

    operations = [migrations.RunPython(publish, unpublish)]
