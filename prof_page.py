"""Profile one page on the large database: python prof_page.py USER PATH [N]"""
import cProfile, os, pstats, sys, time
os.environ["DATABASE_URL"]="postgres://postgres@127.0.0.1:5432/mrc_large"
os.environ["DJANGO_DEBUG"]="false"
os.environ.setdefault("DJANGO_SETTINGS_MODULE","mrc_portal.settings")
import django; django.setup()
from django.test import Client
from django.db import connection
from django.test.utils import CaptureQueriesContext
from apps.accounts.models import User
user, path = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
c = Client(HTTP_HOST="127.0.0.1")
if user != "-":
    c.force_login(User.objects.get(username=user))
r = c.get(path); print("status", r.status_code, len(r.content))
times=[]
for i in range(n):
    t=time.process_time(); r = c.get(path); times.append(time.process_time()-t)
times.sort(); print("cpu ms min/median", round(times[0]*1000,1), round(times[len(times)//2]*1000,1))
with CaptureQueriesContext(connection) as q:
    c.get(path)
print("queries", len(q), "sql ms", round(sum(float(x['time']) for x in q.captured_queries)*1000,1))
pr = cProfile.Profile(); pr.enable()
for i in range(n): c.get(path)
pr.disable()
pstats.Stats(pr).sort_stats("cumulative").print_stats(int(os.environ.get("TOP","30")))
