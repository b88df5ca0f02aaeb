/*
 * JNI bindings of bench.h for dev.ffmbind.bench.jni.BenchJni, written the way a careful JNI
 * author would: no per-call lookups (the exception class and constructor are cached in
 * JNI_OnLoad), short strings and arrays copied into stack buffers (GetStringUTFRegion,
 * GetByteArrayRegion) rather than JVM-allocated copies, and GetPrimitiveArrayCritical for the
 * critical byte[] variant. Linked against libbench.so, so it calls the same C as every other
 * approach.
 */
#include <errno.h>
#include <jni.h>
#include <stdlib.h>

#include "bench.h"

/* Strings and arrays up to this many bytes are copied to the stack; larger ones to malloc. */
#define STACK_BYTES 4096

static jclass errno_exception_class;
static jmethodID errno_exception_init;

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  (void) reserved;
  JNIEnv *env;
  if ((*vm)->GetEnv(vm, (void **) &env, JNI_VERSION_10) != JNI_OK) {
    return JNI_ERR;
  }
  jclass local = (*env)->FindClass(env, "dev/ffmbind/bench/BenchErrnoException");
  if (local == NULL) {
    return JNI_ERR;
  }
  errno_exception_class = (*env)->NewGlobalRef(env, local);
  (*env)->DeleteLocalRef(env, local);
  if (errno_exception_class == NULL) {
    return JNI_ERR;
  }
  errno_exception_init = (*env)->GetMethodID(env, errno_exception_class, "<init>", "(I)V");
  if (errno_exception_init == NULL) {
    return JNI_ERR;
  }
  return JNI_VERSION_10;
}

/*
 * Copies s as (modified) UTF-8 with a terminator into stack_buf, or into malloc'd memory when it
 * does not fit. Returns NULL with an OutOfMemoryError pending if malloc fails.
 */
static char *utf_chars(JNIEnv *env, jstring s, char *stack_buf) {
  jsize chars = (*env)->GetStringLength(env, s);
  jsize bytes = (*env)->GetStringUTFLength(env, s);
  char *buf = stack_buf;
  if (bytes >= STACK_BYTES) {
    buf = malloc((size_t) bytes + 1);
    if (buf == NULL) {
      jclass oom = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
      if (oom != NULL) {
        (*env)->ThrowNew(env, oom, "bench_jni: malloc failed");
      }
      return NULL;
    }
  }
  (*env)->GetStringUTFRegion(env, s, 0, chars, buf);
  buf[bytes] = '\0'; /* HotSpot writes it too, but the specification does not promise it */
  return buf;
}

static void release_utf_chars(char *buf, char *stack_buf) {
  if (buf != stack_buf) {
    free(buf);
  }
}

JNIEXPORT jint JNICALL Java_dev_ffmbind_bench_jni_BenchJni_add(JNIEnv *env, jclass cls,
                                                               jint a, jint b) {
  (void) env;
  (void) cls;
  return bench_add(a, b);
}

JNIEXPORT jlong JNICALL Java_dev_ffmbind_bench_jni_BenchJni_strlen(JNIEnv *env, jclass cls,
                                                                   jstring s) {
  (void) cls;
  char stack_buf[STACK_BYTES];
  char *chars = utf_chars(env, s, stack_buf);
  if (chars == NULL) {
    return 0;
  }
  jlong result = (jlong) bench_strlen(chars);
  release_utf_chars(chars, stack_buf);
  return result;
}

JNIEXPORT jstring JNICALL Java_dev_ffmbind_bench_jni_BenchJni_strdup(JNIEnv *env, jclass cls,
                                                                    jstring s) {
  (void) cls;
  char stack_buf[STACK_BYTES];
  char *chars = utf_chars(env, s, stack_buf);
  if (chars == NULL) {
    return NULL;
  }
  char *copy = bench_strdup(chars);
  release_utf_chars(chars, stack_buf);
  if (copy == NULL) {
    return NULL;
  }
  jstring result = (*env)->NewStringUTF(env, copy);
  bench_free(copy);
  return result;
}

JNIEXPORT jlong JNICALL Java_dev_ffmbind_bench_jni_BenchJni_sum(JNIEnv *env, jclass cls,
                                                                jbyteArray array) {
  (void) cls;
  jsize len = (*env)->GetArrayLength(env, array);
  jbyte stack_buf[STACK_BYTES];
  jbyte *buf = stack_buf;
  if (len > STACK_BYTES) {
    buf = malloc((size_t) len);
    if (buf == NULL) {
      return 0;
    }
  }
  (*env)->GetByteArrayRegion(env, array, 0, len, buf);
  jlong result = (jlong) bench_sum((const uint8_t *) buf, (size_t) len);
  if (buf != stack_buf) {
    free(buf);
  }
  return result;
}

JNIEXPORT jlong JNICALL Java_dev_ffmbind_bench_jni_BenchJni_sumCritical(JNIEnv *env, jclass cls,
                                                                        jbyteArray array) {
  (void) cls;
  jsize len = (*env)->GetArrayLength(env, array);
  void *buf = (*env)->GetPrimitiveArrayCritical(env, array, NULL);
  if (buf == NULL) {
    return 0;
  }
  jlong result = (jlong) bench_sum((const uint8_t *) buf, (size_t) len);
  (*env)->ReleasePrimitiveArrayCritical(env, array, buf, JNI_ABORT); /* read only: no copy back */
  return result;
}

JNIEXPORT void JNICALL Java_dev_ffmbind_bench_jni_BenchJni_out(JNIEnv *env, jclass cls,
                                                               jintArray out) {
  (void) cls;
  int value;
  bench_out(&value);
  jint j = value;
  (*env)->SetIntArrayRegion(env, out, 0, 1, &j);
}

JNIEXPORT jint JNICALL Java_dev_ffmbind_bench_jni_BenchJni_errnoCall(JNIEnv *env, jclass cls,
                                                                     jint fail) {
  (void) cls;
  int result = bench_errno(fail);
  if (result == -1) {
    /* Read errno at once, in C, before any JNI call can change it. */
    int err = errno;
    jobject e = (*env)->NewObject(env, errno_exception_class, errno_exception_init, (jint) err);
    if (e != NULL) {
      (*env)->Throw(env, (jthrowable) e);
    }
  }
  return result;
}

JNIEXPORT jlong JNICALL Java_dev_ffmbind_bench_jni_BenchJni_counterNew(JNIEnv *env, jclass cls) {
  (void) env;
  (void) cls;
  return (jlong) (intptr_t) bench_counter_new();
}

JNIEXPORT jint JNICALL Java_dev_ffmbind_bench_jni_BenchJni_counterStep(JNIEnv *env, jclass cls,
                                                                       jlong c) {
  (void) env;
  (void) cls;
  return bench_counter_step((bench_counter *) (intptr_t) c);
}

JNIEXPORT void JNICALL Java_dev_ffmbind_bench_jni_BenchJni_counterFree(JNIEnv *env, jclass cls,
                                                                       jlong c) {
  (void) env;
  (void) cls;
  bench_counter_free((bench_counter *) (intptr_t) c);
}

/* The struct stays in C: Java gets the two fields reduced to one number (no Java object). */
JNIEXPORT jlong JNICALL Java_dev_ffmbind_bench_jni_BenchJni_pairMake(JNIEnv *env, jclass cls,
                                                                     jint id, jdouble value) {
  (void)env;
  (void)cls;
  struct bench_pair p = bench_pair_make(id, value);
  return (jlong)p.id + (jlong)p.value;
}

JNIEXPORT jint JNICALL Java_dev_ffmbind_bench_jni_BenchJni_fillTv(JNIEnv *env, jclass cls,
                                                                  jlongArray out) {
  (void)cls;
  struct bench_tv tv;
  int status = bench_fill_tv(&tv);
  jlong fields[2] = {tv.tv_sec, tv.tv_usec};
  (*env)->SetLongArrayRegion(env, out, 0, 2, fields);
  return status;
}

JNIEXPORT jint JNICALL Java_dev_ffmbind_bench_jni_BenchJni_sumVa3(JNIEnv *env, jclass cls, jint a,
                                                                  jint b, jint c) {
  (void)env;
  (void)cls;
  return bench_sum_va(3, a, b, c);
}
